package dev.longshot.render;

import dev.longshot.memory.CarryOverMemory;
import dev.longshot.memory.Planner;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.StoryReader;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Timecode;
import java.util.ArrayList;
import java.util.List;

/**
 * A storyboard's last line as {@code longshot shown} measures it, for tests: its lines read
 * by the story reader (one second each), stepped through by the default world, and the
 * share of the frame each catalog entry covers in the entity-id buffer.
 */
final class ShownFrames {
    private static final EntityIds IDS = EntityIds.bundled();
    private static final int FPS = 24;

    private ShownFrames() {}

    /** The plans of {@code lines}, one second each. */
    static List<ScenePlan> plans(String... lines) {
        List<StoryLine> story = new ArrayList<>();
        for (int k = 0; k < lines.length; k++) story.add(new StoryLine(k + 1, k, 1, lines[k]));
        return new Planner(new Storyboard("t", story, ""), StoryReader.bundled(),
                new CarryOverMemory()).planAll();
    }

    /** Frames 4, 12 and 20 of the last line's second, every line before it stepped through. */
    static List<FrameSpec> lastSecond(String... lines) {
        List<ScenePlan> plans = plans(lines);
        DefaultWorld w = new DefaultWorld(0);
        List<FrameSpec> out = new ArrayList<>();
        for (int s = 0; s < plans.size(); s++) {
            for (int f = 0; f < FPS; f++) {
                FrameSpec spec = w.step(plans.get(s), new Timecode(s * FPS + f, FPS));
                if (s == plans.size() - 1 && f % 8 == 4) out.add(spec);
            }
        }
        return out;
    }

    /** Mean share of the frame entry {@code id} covers over {@code frames} at 320 × 180. */
    static double shown(List<FrameSpec> frames, String id) {
        double sum = 0;
        try (SoftwareRenderer r = new SoftwareRenderer(320, 180, 2)) {
            for (FrameSpec s : frames) sum += r.render(s).shown().share(IDS.of(id));
        }
        return sum / frames.size();
    }
}
