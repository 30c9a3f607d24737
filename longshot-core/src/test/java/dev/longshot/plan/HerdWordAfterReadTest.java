package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "a wolf pack", "an elephant herd": a herd word after the creature counts it as a group. */
class HerdWordAfterReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static String countOf(String line, String id) {
        LineReading r = READER.reading(line);
        return r.subjects().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + r.subjects())).count();
    }

    @Test
    void herdWordAfterTheCreatureCountsAGroup() {
        assertEquals("group", countOf("A wolf pack runs across the snow.", "wolf"));
        assertEquals("group", countOf("An elephant herd drinks at the river.", "elephant"));
        assertEquals("group", countOf("A deer herd grazes in the meadow.", "deer"));
        assertEquals("group", countOf("A bird flock circles over the lake.", "bird"));
    }

    @Test
    void creatureWithNoHerdWordIsOne() {
        assertEquals("one", countOf("A deer grazes in the meadow.", "deer"));
    }
}
