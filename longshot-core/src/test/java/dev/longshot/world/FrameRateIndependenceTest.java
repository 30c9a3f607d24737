package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.longshot.memory.Planner;
import dev.longshot.plan.ScenePlan;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The world runs on its own fixed clock, so a storyboard at 90, 60, 50 or 30 fps is one
 * timeline sampled more or less often: where two rates have a frame at the same instant,
 * they show the same world (camera, creatures, clock), bit for bit.
 */
class FrameRateIndependenceTest {
    private static final String[] STORY = {
        "A herd of deer grazes in a forest clearing at dawn.",
        "Handheld, the camera follows the deer as they run.",
        "Dolly in on the wolf, low angle.",
        "Slow motion: the deer leap over the stream.",
        "Night falls, rain begins.",
        "The scene gradually transitions to a desert.",
    };

    private static List<ScenePlan> plans() {
        List<StoryLine> story = new ArrayList<>();
        for (int i = 0; i < STORY.length; i++) story.add(new StoryLine(i + 1, i, 1, STORY[i]));
        return Planner.standard(new Storyboard("fps", story, "")).planAll();
    }

    /** Every frame of the storyboard at {@code fps}. */
    private static List<FrameSpec> run(List<ScenePlan> plans, int fps) {
        DefaultWorld world = new DefaultWorld(7);
        List<FrameSpec> specs = new ArrayList<>();
        for (long f = 0; f < (long) plans.size() * fps; f++) {
            Timecode tc = new Timecode(f, fps);
            specs.add(world.step(plans.get(tc.second()), tc));
        }
        return specs;
    }

    /** What a frame shows of the world, as exact values. */
    private static String world(FrameSpec s) {
        return s.camera() + " " + s.subjects() + " " + s.worldSeconds() + " " + s.lighting()
                + " " + s.cut() + " " + s.change().progress();
    }

    private static void sameWorldWhereFramesCoincide(int fast, int slow, int every) {
        List<ScenePlan> plans = plans();
        List<FrameSpec> a = run(plans, fast);
        List<FrameSpec> b = run(plans, slow);
        int compared = 0;
        for (int i = 0; i < b.size(); i++) {
            long j = (long) i * fast / slow;
            if ((long) i * fast % slow != 0 || i % every != 0) continue;
            assertEquals(world(b.get(i)), world(a.get((int) j)),
                    "frame " + i + " at " + slow + " fps vs " + j + " at " + fast + " fps");
            compared++;
        }
        assertNotEquals(0, compared);
    }

    @Test
    void ninetyAndThirtyFpsShowOneWorldWhereFramesCoincide() {
        sameWorldWhereFramesCoincide(90, 30, 1);
    }

    @Test
    void fiftyAndSixtyFpsShowOneWorldWhereFramesCoincide() {
        sameWorldWhereFramesCoincide(60, 50, 1);
    }

    @Test
    void theWorldMovesBetweenFrames() {
        List<FrameSpec> a = run(plans(), 30);
        assertNotEquals(world(a.get(31)), world(a.get(32)));
    }
}
