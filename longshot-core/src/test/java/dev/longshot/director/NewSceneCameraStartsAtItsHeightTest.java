package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A scene rebuilt mid-story (a tower added to a village by a lake) spawns its camera no lower
 * than the rig holds itself: it used to start 0.2 m over the pond and shoot up 1.5 m in one
 * frame, a camera-continuity violation no rollback could repair.
 */
class NewSceneCameraStartsAtItsHeightTest {
    @Test
    void aVillageRebuiltWithATowerKeepsTheCameraSmooth() throws IOException {
        Storyboard board = StoryboardParser.parse("t.txt", """
                Fish swim in the lake by the village at dusk
                A man walks through the village
                Night falls, an old tower stands over the village
                """.getBytes(StandardCharsets.UTF_8));
        DirectorConfig config = DirectorConfig.defaults().withSize(160, 90);
        try (Stages stages = Stages.defaults(config)) {
            RunReport r = new Director(config, stages).run(board, new CollectingSink(),
                    ProgressListener.NONE);
            assertEquals(0, r.detected(), r.violations().toString());
        }
    }
}
