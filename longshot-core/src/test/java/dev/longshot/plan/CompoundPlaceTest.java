package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Two places in a row name the last one; the first is the land around it. */
class CompoundPlaceTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void mountainVillageIsAVillage() {
        LineReading r = READER.reading("Dawn at the bus stop of a little mountain village.");
        assertEquals("village", r.setting());
    }

    @Test
    void desertTownIsATown() {
        assertEquals("town", READER.reading("We drive into a dusty desert town.").setting());
    }

    @Test
    void placeBeforeAnotherWordStaysTheSetting() {
        assertEquals("mountains", READER.reading("Mist on a mountain lake at dawn.").setting());
        assertEquals("forest", READER.reading("A deer walks through the forest.").setting());
    }

    @Test
    void harbourTownIsAHarbourWithItsSeaAndBoats() {
        LineReading r = READER.reading("A sleepy harbour town at dawn.");
        assertEquals("harbour", r.setting());
        assertEquals("sea", r.water());
        assertEquals("harbour", READER.reading("The port city wakes up.").setting());
    }

    @Test
    void desertRidgeIsTheDesert() {
        assertEquals("desert", READER.reading("FADE IN: EXT. DESERT RIDGE - DAWN").setting());
    }
}
