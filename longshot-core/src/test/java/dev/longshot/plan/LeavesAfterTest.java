package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A creature that does something and then goes has left by the end of its sentence. */
class LeavesAfterTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static String action(String line, String id) {
        return READER.reading(line).subjects().stream().filter(s -> s.id().equals(id))
                .findFirst().orElseThrow().action();
    }

    @Test
    void stagThatStandsThenBoundsAwayLeaves() {
        assertEquals("leave",
                action("A red deer stag stands frozen on the path, then bounds away.", "deer"));
    }

    @Test
    void aPlaceFarAwayIsNoLeaving() {
        assertEquals("graze", action("A deer grazes, the hills far away.", "deer"));
    }

    @Test
    void leavingInTheNextSentenceBelongsToIt() {
        assertEquals("drink", action("A deer drinks. Later the birds fly off.", "deer"));
    }

    @Test
    void jumpingOffSomethingIsAJumpAndFlyingOffIsLeaving() {
        assertEquals("jump", action("Kids were jumping off the end of the pier.", "child"));
        assertEquals("leave", action("The owl flew off over the water.", "owl"));
    }

    @Test
    void aParticleOfAPhrasalVerbIsNoLeaving() {
        assertEquals("walk", action("The hikers stop, then set off down the track.", "person"));
    }
}
