package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.plan.PlanKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story that names no place is where its creatures live, and a vehicle does not move it. */
class CreatureHomesCarryOverTest {
    @Test
    void elephantsAtAWaterholeAreOnTheSavannaAndAJeepKeepsThemThere() {
        List<PlanKeys> k = PlannedKeys.plan("A herd of elephants drinks at the waterhole.",
                "We park the jeep and watch them from a distance.", "A jeep drives past.");
        assertEquals(List.of("savanna", "savanna", "savanna"),
                k.stream().map(PlanKeys::setting).toList());
    }

    @Test
    void camelsAreInTheDesertAndCowsOnTheFarm() {
        assertEquals("desert", PlannedKeys.last("A camel train plods along.").setting());
        assertEquals("farmland", PlannedKeys.last("三头牛在吃草。").setting());
    }

    @Test
    void aNamedPlaceOutranksTheHomeOfItsCreatures() {
        assertEquals("city", PlannedKeys.last("Two elephants parade down a city street.")
                .setting());
        assertEquals("forest", PlannedKeys.last("A deer steps into the clearing.").setting());
    }
}
