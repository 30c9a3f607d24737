package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.PlanKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An old railway station is a station in a town, not a city of glass towers; its steam train
 * is a steam train, and "the train" after it is that one.
 */
class RailwayStationCarryOverTest {
    private static final String[] STORY = {
        "Early morning at the old railway station, fog hanging over the tracks.",
        "A steam train pulls in slowly, hissing.",
        "Passengers step down onto the platform with their suitcases.",
        "The train leaves; the fog starts to lift.",
        "By noon the sun is out and cows graze by the water."};

    @Test
    void aRailwayStationIsInATownNotACity() {
        List<PlanKeys> k = PlannedKeys.plan(STORY);
        assertEquals("town", k.get(0).setting());
        assertTrue(PlannedKeys.thingIds(k.get(0)).contains("station"), k.get(0).things().toString());
        for (PlanKeys line : k) assertFalse(line.setting().equals("city"), line.toString());
    }

    @Test
    void theSteamTrainStaysOldAndIsTheTrainThatLeaves() {
        List<PlanKeys> k = PlannedKeys.plan(STORY);
        assertTrue(PlannedKeys.thingIds(k.get(1)).contains("steam-train"), k.get(1).things().toString());
        // "The train leaves" names no second, modern train, and the story stays unstyled.
        assertFalse(PlannedKeys.thingIds(k.get(3)).contains("train"), k.get(3).things().toString());
        for (PlanKeys line : k) assertNull(line.style(), line.toString());
        assertFalse(PlannedKeys.thingIds(k.get(4)).contains("steam-train"), "gone after leaving");
    }

    @Test
    void aTrainAloneStillMakesATownModern() {
        PlanKeys k = PlannedKeys.last("A train pulls into the town.");
        assertTrue(PlannedKeys.thingIds(k).contains("train"), k.things().toString());
        assertEquals("modern", k.style());
    }

    @Test
    void fieldsAreFarmland() {
        assertEquals("farmland", PlannedKeys.last("A river winds through the fields.").setting());
    }
}
