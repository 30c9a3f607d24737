package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Verbs whose particle or object makes the action, in every inflection. */
class PhrasalVerbsTest {
    private static String action(String line, String id) {
        return ActionOf.action(line, id);
    }

    @Test
    void everyPhraseIsAVerbAndParticleListedOnceUnderAnActionTheWorldKnows() {
        Set<String> actions = ActionOf.ACTIONS;
        Set<String> seen = new HashSet<>();
        for (String[] row : BundledTable.rows("phrasal-verbs.tsv", 2)) {
            assertEquals(2, row[0].split(" ").length, "not verb and particle: " + row[0]);
            assertTrue(actions.contains(row[1]), "unknown action " + row[1]);
            assertTrue(seen.add(row[0]), row[0] + " listed twice");
        }
    }

    @Test
    void settingOffIsAWalkNotLeaving() {
        assertEquals("walk", action("The hikers set off down the valley.", "person"));
        assertEquals("walk", action("The hikers and the dog set off again, down towards a lake.",
                "dog"));
    }

    @Test
    void fallingAsleepInAnyTenseIsSleep() {
        assertEquals("sleep", action("One by one the soldiers fall asleep.", "soldier"));
        assertEquals("sleep", action("The puppy fell asleep by the fire.", "dog"));
    }

    @Test
    void lyingDownAndMakingCampIsRest() {
        assertEquals("rest", action("The cows lay down under the oak.", "cow"));
        assertEquals("rest", action("The soldiers make camp by the river.", "soldier"));
    }

    @Test
    void settingUpIsWorkAndShowingUpIsArriving() {
        assertEquals("work", action("The fishermen set up their nets on the quay.", "fisherman"));
        assertEquals("arrive", action("A fox shows up at the edge of the field.", "fox"));
    }

    @Test
    void pickingOnesWayIsAWalk() {
        assertEquals("walk", action("The herd of deer picks its way down to the water.", "deer"));
        assertEquals("walk", action("The goats made their way up the cliff.", "goat"));
    }
}
