package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A creature only heard calling is on the soundtrack, not on screen. */
class HeardOnlyTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void dogBarksHeardFromAfarPutsNoDogOnScreen() {
        LineReading r = READER.reading("远处传来几声狗叫,烟花在夜空中炸开了。");
        assertTrue(r.subjects().isEmpty(), r.subjects().toString());
        assertTrue(r.notShown().stream().anyMatch(n -> n.said().equals("狗叫")), r.notShown().toString());
        assertTrue(READER.reading("只听见狗在叫。").subjects().isEmpty());
    }

    @Test
    void dogSeenBarkingIsOnScreen() {
        assertTrue(READER.reading("门口一只狗在叫。").subjects().stream()
                .anyMatch(s -> s.id().equals("dog")));
    }
}
