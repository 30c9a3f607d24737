package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cow and bull said of another creature name its sex; said alone they are cattle. */
class SexOfKindReadTest {


    @Test
    void cowOrBullBesideAnotherCreatureIsItsSex() {
        assertEquals(List.of("deer"), SubjectIds.of("A moose cow wades into the shallows."));
        assertEquals(List.of("elephant"), SubjectIds.of("A bull elephant drinks at the river."));
    }

    @Test
    void cowsAloneOrWithCattleWordsStayCows() {
        assertEquals(List.of("cow"), SubjectIds.of("Cows graze by the fence."));
        assertEquals(List.of("cow"), SubjectIds.of("Highland cows stand in the stream."));
    }
}
