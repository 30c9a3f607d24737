package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VocabularyTermTest {
    @Test
    void idsAreLowerCaseAndHyphenated() {
        assertEquals("ancient-city", Setting.ANCIENT_CITY.id());
        assertEquals("dusk", TimeOfDay.DUSK.id());
        assertEquals(Setting.ANCIENT_CITY, Setting.fromId("ancient-city"));
    }

    @Test
    void unknownIdListsTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Water.fromId("ocean"));
        assertTrue(e.getMessage().contains("none, stream, river, lake, sea"), e.getMessage());
    }

    @Test
    void vocabularyMatchesTheDesign() {
        assertEquals(13, Setting.values().length);
        assertEquals(5, Water.values().length);
        assertEquals(6, TimeOfDay.values().length);
        assertEquals(6, Weather.values().length);
        assertEquals(11, Subject.values().length);
        assertEquals(10, CameraMove.values().length);
    }
}
