package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cow and bull said of another creature name its sex; said alone they are cattle. */
class SexOfKindReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static List<String> subjects(String line) {
        return READER.reading(line).subjects().stream().map(SubjectRef::id).sorted().toList();
    }

    @Test
    void cowOrBullBesideAnotherCreatureIsItsSex() {
        assertEquals(List.of("deer"), subjects("A moose cow wades into the shallows."));
        assertEquals(List.of("elephant"), subjects("A bull elephant drinks at the river."));
    }

    @Test
    void cowsAloneOrWithCattleWordsStayCows() {
        assertEquals(List.of("cow"), subjects("Cows graze by the fence."));
        assertEquals(List.of("cow"), subjects("Highland cows stand in the stream."));
    }
}
