package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A creature the eye took something for, then denied, is not on screen. */
class MistakenReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void creatureAskedAfterThenDeniedIsNotOnScreen() {
        for (String line : new String[] {"A bear? No, just a dark rock.", "是熊吗?不,只是一块黑石头。"}) {
            LineReading r = READER.reading(line);
            assertTrue(r.subjects().stream().noneMatch(s -> s.id().equals("bear")),
                    line + " " + r.subjects());
            assertTrue(r.things().stream().anyMatch(t -> t.id().equals("rock")), line + " " + r.things());
        }
    }

    @Test
    void creatureAskedAfterAndConfirmedIsOnScreen() {
        LineReading r = READER.reading("A bear? Yes, a big brown bear at the water's edge.");
        assertTrue(r.subjects().stream().anyMatch(s -> s.id().equals("bear")), r.subjects().toString());
    }
}
