package dev.longshot.world.camera;

import dev.longshot.memory.CarryOverMemory;
import dev.longshot.memory.Planner;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.StoryReader;
import dev.longshot.render.EntityIds;
import dev.longshot.render.Frame;
import dev.longshot.render.SoftwareRenderer;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Timecode;
import java.util.ArrayList;
import java.util.List;

/**
 * Storyboard lines read by the real reader and run through the world, one second a line:
 * the frames' specs, and when asked the share of the frame an entry covers in the renderer's
 * entity-id buffer.
 */
final class ShotRun {
    static final int FPS = 12;

    private ShotRun() {}

    static List<ScenePlan> plans(String... lines) {
        List<StoryLine> story = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) story.add(new StoryLine(i + 1, i, 1, lines[i]));
        return new Planner(new Storyboard("t", story, ""), StoryReader.bundled(),
                new CarryOverMemory()).planAll();
    }

    /** Every frame of the lines, seed {@code seed}. */
    static List<FrameSpec> frames(long seed, String... lines) {
        DefaultWorld world = new DefaultWorld(seed);
        List<FrameSpec> out = new ArrayList<>();
        List<ScenePlan> plans = plans(lines);
        for (int s = 0; s < plans.size(); s++) {
            for (int f = 0; f < FPS; f++) {
                out.add(world.step(plans.get(s), new Timecode((long) s * FPS + f, FPS)));
            }
        }
        return out;
    }

    /** The frames of line {@code index} (0-based). */
    static List<FrameSpec> line(List<FrameSpec> frames, int index) {
        return frames.subList(index * FPS, (index + 1) * FPS);
    }

    /** Mean share of the frame covered by entry {@code id} over {@code specs}, 160x90. */
    static double share(List<FrameSpec> specs, String id) {
        int k = EntityIds.bundled().of(id);
        double sum = 0;
        try (SoftwareRenderer r = new SoftwareRenderer(160, 90, 1)) {
            for (FrameSpec s : specs) {
                Frame f = r.render(s);
                sum += f.shown().share(k);
            }
        }
        return sum / specs.size();
    }
}
