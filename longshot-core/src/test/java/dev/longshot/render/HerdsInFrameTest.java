package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.memory.CarryOverMemory;
import dev.longshot.memory.Planner;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.StoryReader;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Timecode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A herd a line names is several animals, and the shot has every one of them in frame. */
class HerdsInFrameTest {
    private static final int FPS = 24;

    private static FrameSpec lastFrame(String line) {
        ScenePlan p = new Planner(new Storyboard("t", List.of(new StoryLine(1, 0, 1, line)), ""),
                StoryReader.bundled(), new CarryOverMemory()).planAll().get(0);
        DefaultWorld w = new DefaultWorld(0);
        FrameSpec s = null;
        for (int f = 0; f < FPS; f++) s = w.step(p, new Timecode(f, FPS));
        return s;
    }

    private static void allInFrame(String line, String id) {
        FrameSpec s = lastFrame(line);
        Projection proj = new Projection(s.camera(), 320, 180);
        List<SubjectPose> herd = s.subjects().stream().filter(p -> p.type().id().equals(id))
                .toList();
        assertTrue(herd.size() >= 5, line + ": " + herd.size() + " " + id);
        for (SubjectPose p : herd) {
            assertTrue(proj.sees(p.position().x(), p.position().y() + 0.8, p.position().z(), 0),
                    line + ": " + p.id() + " out of frame");
        }
    }

    @Test
    void aHerdOfHorsesIsSeveralAndAllInFrame() {
        allInFrame("A herd of horses gallops across the meadow.", "horse");
    }

    @Test
    void cowsInAPastureAreSeveralAndAllInFrame() {
        allInFrame("Cows graze in the pasture.", "cow");
    }
}
