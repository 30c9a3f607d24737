package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A colour word right before the creature it qualifies joins that subject's {@code said}
 * (where the world reads its coat from) instead of being reported as not shown; a colour of
 * anything else is still reported.
 */
class ColourOfACreatureReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static String said(String line) {
        LineReading r = READER.reading(line);
        assertEquals(1, r.subjects().size(), line + ": " + r.subjects());
        return r.subjects().get(0).said();
    }

    @Test
    void aBlackCatIsSaidBlack() {
        assertEquals("black cat", said("Close-up of a black cat at night"));
        assertEquals("黑猫", said("一只黑猫的特写"));
        assertEquals("white cat", said("A white cat sleeps"));
        assertTrue(READER.reading("Close-up of a black cat at night").notShown().isEmpty());
    }

    @Test
    void aColourOfNoCreatureIsStillReported() {
        LineReading r = READER.reading("A cat sleeps beside a black car");
        assertEquals("cat", r.subjects().get(0).said());
        assertTrue(r.notShown().stream().anyMatch(n -> n.said().equals("black")),
                r.notShown().toString());
    }
}
