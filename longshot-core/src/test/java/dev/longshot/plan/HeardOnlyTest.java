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

    @Test
    void creatureCallingSomewhereUnseenIsNotOnScreen() {
        for (String line : new String[] {"A wolf howls somewhere in the dark.",
                "Somewhere an owl hoots.", "In the distance a lion roars."}) {
            LineReading r = READER.reading(line);
            assertTrue(r.subjects().isEmpty(), line + " " + r.subjects());
            assertTrue(r.notShown().stream().anyMatch(n -> n.why().equals("heard, not seen")),
                    line + " " + r.notShown());
        }
    }

    @Test
    void creatureWeHearIsNotOnScreenButWeAre() {
        LineReading r = READER.reading("We hear a lion roar in the distance.");
        assertTrue(r.subjects().stream().noneMatch(s -> s.id().equals("lion")), r.subjects().toString());
        assertTrue(r.notShown().stream().anyMatch(n -> n.said().equals("lion roar")), r.notShown().toString());
    }

    @Test
    void callCarriedFromAfarInChineseIsHeardOnly() {
        assertTrue(READER.reading("远处传来狼嚎。").subjects().isEmpty());
        assertTrue(READER.reading("狼嚎声从远处传来。").subjects().isEmpty());
    }

    @Test
    void creatureCallingInPlainSightIsOnScreen() {
        assertTrue(READER.reading("A wolf howls at the moon.").subjects().stream()
                .anyMatch(s -> s.id().equals("wolf")));
    }
}
