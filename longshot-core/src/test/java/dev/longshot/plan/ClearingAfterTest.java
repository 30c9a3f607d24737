package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** A clearing told in a later clause than the rain is the weather the line ends on. */
class ClearingAfterTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void clearingInALaterClauseEndsTheStorm() {
        LineReading r = READER.reading("一阵雷雨过后不久,天空放晴。");
        assertEquals("clear", r.weather());
        r = READER.reading("阵雨下了十分钟,很快就雨过天晴了。");
        assertEquals("clear", r.weather());
        assertFalse(r.skyAdded().contains("lightning"), r.skyAdded().toString());
    }

    @Test
    void rainAfterClearIsStillRain() {
        assertEquals("rain", READER.reading("本来是晴天,突然下起了大雨。").weather());
    }
}
