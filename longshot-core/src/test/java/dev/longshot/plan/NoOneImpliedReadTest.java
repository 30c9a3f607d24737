package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subjects a line does not put on screen: a verb whose subject is weather or a thing conjures
 * no one, and animals only wished or hoped for are not there; people who have left leave.
 */
class NoOneImpliedReadTest {
    @Test
    void verbOfCloudsOrWavesConjuresNoPerson() {
        assertEquals(List.of(), SubjectIds.of("Clouds race across the sky like wild horses."));
        assertEquals(List.of(), SubjectIds.of("Waves crash against the harbour wall."));
    }

    @Test
    void animalsOnlyWishedOrHopedForAreNotOnScreen() {
        assertEquals(List.of(), SubjectIds.of("I wish we had seen the bears."));
        assertEquals(List.of(), SubjectIds.of("Hoping to spot a lynx, maybe tomorrow."));
        assertEquals(List.of("bear"), SubjectIds.of("A bear fishes in the shallows."));
    }

    @Test
    void peopleWhoHaveLeftLeave() {
        assertEquals("leave", ActionOf.action("The tourists have left for the day.", "person"));
    }

    @Test
    void wolvesOfAStoryToldToTheChildrenAreNotOnScreen() {
        assertEquals(List.of("child", "person"), SubjectIds.of(
                "An old woman tells the children a story about wolves in the hills."));
    }
}
