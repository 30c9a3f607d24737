package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled verb table: common verbs give the action a reader would picture. */
class VerbTableTest {
    private static String action(String line, String id) {
        return ActionOf.action(line, id);
    }

    @Test
    void everyVerbIsListedOnceUnderAnActionTheWorldKnows() {
        Set<String> actions = ActionOf.ACTIONS;
        Set<String> seen = new HashSet<>();
        List<String[]> rows = BundledTable.rows("verbs.tsv", 2);
        for (String[] row : rows) {
            assertTrue(actions.contains(row[0]), "unknown action " + row[0]);
            for (String w : row[1].split(" ")) assertTrue(seen.add(w), w + " listed twice");
        }
    }

    @Test
    void penguinsThatWaddleWalk() {
        assertEquals("walk", action("Dozens of penguins waddle over the rocks.", "penguin"));
    }

    @Test
    void aFoxCurledUpAsleepSleeps() {
        assertEquals("sleep", action("狐狸蜷在篝火旁睡着了。", "fox"));
        assertEquals("sleep", action("A bear slumbers in its den.", "bear"));
    }

    @Test
    void birdsThatLandArriveAndBirdsThatSettleRest() {
        assertEquals("arrive", action("A flock of pigeons lands on the square.", "bird"));
        assertEquals("rest", action("The swans settle on the bank for the night.", "swan"));
    }

    @Test
    void aDanceIsADanceNotPlay() {
        assertEquals("dance", action("Two cranes dance in the shallows.", "crane"));
        assertEquals("dance", action("村民们围着篝火跳舞。", "crowd"));
    }

    @Test
    void aFishermanMendingNetsWorks() {
        assertEquals("work", action("An old fisherman mends his nets on the quay.", "fisherman"));
    }

    @Test
    void asleepIsSleepAndCheeringIsWatching() {
        assertEquals("sleep", action("Soon the ducks were asleep on the bank.", "duck"));
        assertEquals("watch", action("The crowd cheers as the runners pass.", "crowd"));
    }

    @Test
    void anEagleThatSnatchesAFishHunts() {
        assertEquals("hunt", action("An eagle snatches a trout from the lake.", "eagle"));
    }
}
