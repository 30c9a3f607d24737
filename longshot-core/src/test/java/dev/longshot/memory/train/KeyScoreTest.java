package dev.longshot.memory.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.memory.CarryOverMemory;
import dev.longshot.memory.Planner;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.StoryReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The eval scorer: what counts as the labelled id. */
class KeyScoreTest {
    private static KeyScore score(String text, String subjects, String things) {
        String json = "{\"format\": \"longshot-eval/2\", \"lines\": [{\"text\": \"" + text
                + "\", \"expect\": {\"setting\": \"harbour\", \"style\": null, \"water\": "
                + "\"sea\", \"timeOfDay\": null, \"weather\": null, \"sky\": [], \"subjects\": "
                + subjects + ", \"things\": " + things + ", \"camera\": {\"move\": \"static\"},"
                + " \"transition\": \"cut\"}}]}";
        LabelledStoryV2 b = LabelledStoryV2.parse("t.json", json);
        List<ScenePlan> plans = new Planner(b.storyboard(), StoryReader.bundled(),
                new CarryOverMemory()).planAll();
        KeyScore s = new KeyScore();
        s.add("t:1", b.lines().get(0), plans.get(0));
        return s;
    }

    @Test
    void finerCatalogIdCountsAsTheContractIdItIsAKindOf() {
        KeyScore porters = score("码头上,挑夫们扛着货物来来往往。",
                "[{\"id\": \"person\", \"count\": \"group\", \"action\": \"carry\"}]",
                "[\"boat\", \"pier\"]");
        assertEquals(1.0, porters.accuracy(KeyScore.KEYS.indexOf("subjects")),
                porters.misses().toString());
        KeyScore junks = score("港口里停着几艘木帆船。", "[]", "[\"sailboat\"]");
        assertEquals(1.0, junks.accuracy(KeyScore.KEYS.indexOf("things")),
                junks.misses().toString());
    }

    @Test
    void aWrongIdStillMisses() {
        KeyScore s = score("码头上,挑夫们扛着货物来来往往。",
                "[{\"id\": \"soldier\", \"count\": \"group\", \"action\": \"carry\"}]",
                "[\"boat\", \"pier\"]");
        assertEquals(0.0, s.accuracy(KeyScore.KEYS.indexOf("subjects")));
    }
}
