package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.plan.PlanKeys;
import org.junit.jupiter.api.Test;

/** Places that bring their water: a lighthouse's sea, a coast beside another place, an oasis. */
class WaterOfPlacesCarryOverTest {
    @Test
    void insideALighthouseTheSeaIsOutside() {
        PlanKeys k = PlannedKeys.last("INT. LIGHTHOUSE LAMP ROOM - DUSK");
        assertEquals("sea", k.water());
    }

    @Test
    void aMountainByTheSeaKeepsTheSea() {
        PlanKeys k = PlannedKeys.last("很久很久以前,东海边有一座花果山。", "一群猴子在树上跳来跳去。");
        assertEquals("mountains", k.setting());
        assertEquals("sea", k.water());
    }

    @Test
    void anOasisInTheDesertHasItsPool() {
        PlanKeys k = PlannedKeys.last("狐狸跑上沙丘,发现了一片绿洲。");
        assertEquals("desert", k.setting());
        assertEquals("pond", k.water());
        assertEquals("pond", PlannedKeys.last("At last the caravan reaches an oasis.").water());
    }

    @Test
    void aLakeShoreIsTheLakeNotTheSea() {
        assertEquals("lake", PlannedKeys.last("We walk along the shore of the lake.").water());
    }
}
