package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A creature named only by its trace, its home or a hope of seeing it is not on screen. */
class TracesReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static List<String> ids(String line) {
        return READER.reading(line).subjects().stream().map(SubjectRef::id).toList();
    }

    @Test
    void nestOrTracksShowNoCreature() {
        assertTrue(ids("The eagle's nest sits high on the cliff.").isEmpty());
        assertTrue(ids("Tracks of deer lead into the forest.").isEmpty());
        assertTrue(ids("Paw prints of a wolf in the mud.").isEmpty());
        assertEquals(List.of("eagle"), ids("The eagle's wings catch the light."),
                "a body part is of the creature on screen");
    }

    @Test
    void whalesHopedForAreNotSeenYet() {
        assertTrue(ids("We're hoping to see whales.").stream().noneMatch(id -> id.equals("whale")));
    }
}
