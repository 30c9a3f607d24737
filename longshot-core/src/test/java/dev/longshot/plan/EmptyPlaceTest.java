package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Empty" said of the place empties it of people; said of a thing in it, only that thing. */
class EmptyPlaceTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void emptyForumAndEmptyingStreetsEmptyThePlace() {
        assertTrue(READER.reading("Rain pours down on the empty Forum.").emptied());
        assertTrue(READER.reading("The pavement empties; only the cat stays.").emptied());
        assertTrue(READER.reading("街道空了下来。").emptied());
    }

    @Test
    void quietStreetsHaveNoCrowdButAQuietDeerIsStillThere() {
        assertTrue(READER.reading("By dawn the rain has stopped and the streets are quiet.")
                .emptied());
        assertTrue(READER.reading("The square falls silent.").emptied());
        assertTrue(READER.reading("夜深了,街上冷冷清清。").emptied());
        assertFalse(READER.reading("A deer grazes quietly in the meadow.").emptied());
        assertFalse(READER.reading("A quiet village at dawn.").emptied());
    }

    @Test
    void emptyHutEmptiesOnlyTheHut() {
        assertFalse(READER.reading("A flock of sheep grazes around an empty stone hut.")
                .emptied());
        assertFalse(READER.reading("An empty boat drifts by the pier.").emptied());
    }
}
