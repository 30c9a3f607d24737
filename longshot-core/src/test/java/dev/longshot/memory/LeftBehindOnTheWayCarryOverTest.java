package dev.longshot.memory;

import static dev.longshot.memory.PlannedKeys.last;
import static dev.longshot.memory.PlannedKeys.subject;
import static dev.longshot.memory.PlannedKeys.subjectIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.longshot.plan.PlanKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trip goes on along its way (round the next bend, off the ferry onto the island): the
 * animals and crowds of the last spot stay behind, and a narrator who only times what an
 * animal does is not the one who does it.
 */
class LeftBehindOnTheWayCarryOverTest {
    @Test
    void roundTheNextBendLeavesTheLastSpotsAnimalsBehind() {
        PlanKeys k = last("A wide brown river winds through the jungle.",
                "Monkeys feed in the branches above the water.",
                "Round the next bend, a crocodile suns itself on a mudbank.");
        assertEquals(List.of("crocodile"), subjectIds(k));
        assertEquals("river", k.water());
    }

    @Test
    void furtherOnIsAnotherSpotToo() {
        PlanKeys k = last("Sheep graze beside the lane through the farmland.",
                "A little further on, a heron stands in the ditch.");
        assertFalse(subjectIds(k).contains("sheep"));
    }

    @Test
    void landingFromTheFerryLeavesTheQuaysCrowdAndTheGullsBehind() {
        PlanKeys k = last("早上八点,我们在码头排队等船。", "码头上人山人海。", "几只海鸥一直跟着船飞。",
                "十分钟后船靠岸了,我们下船往岛上走。");
        assertEquals(List.of("person"), subjectIds(k));
    }

    @Test
    void boatsComingAshoreMoveNoOneToAnotherSpot() {
        PlanKeys k = last("清晨,港口笼罩在薄雾中。", "码头上挑夫们扛着货物。", "几艘木帆船正在靠岸。");
        assertEquals(List.of("porter"), subjectIds(k)); // the porters on the quay stay
    }

    @Test
    void somethingThatDisappearsAsWeGetCloserIsTheOneThatLeaves() {
        PlanKeys k = last("A crocodile suns itself on a mudbank.",
                "It slides into the water and disappears as we get closer.");
        assertEquals(List.of("crocodile"), subjectIds(k));
        assertEquals("leave", subject(k, "crocodile").action());
    }

    @Test
    void backAtCampLeavesTheEaglesOfTheRidgeBehind() {
        PlanKeys k = last("Cut to the ridge above the lake.", "A pair of eagles circle overhead.",
                "Back at camp, I write up the day's notes by torchlight.");
        assertFalse(subjectIds(k).contains("eagle"));
    }

    @Test
    void itAfterOurWeIsTheAnimalOnScreenNotUs() {
        PlanKeys k = last("An eagle perches on a dead branch above the river.",
                "We hold our breath as it dives.");
        assertEquals("dive", subject(k, "eagle").action());
        assertFalse("dive".equals(subject(k, "person").action()));
    }
}
