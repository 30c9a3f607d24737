package dev.longshot.world;

import dev.longshot.memory.Planner;
import dev.longshot.plan.ScenePlan;
import dev.longshot.render.Coverage;
import dev.longshot.render.EntityIds;
import dev.longshot.render.SoftwareRenderer;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A few storyboard lines, one second each, planned by the standard planner and run through
 * the default world and the software renderer at a small size: per line, the mean share of
 * the frame each catalog entry covered (from the entity-id buffer), as {@code longshot shown}
 * measures it, and the last frame's spec and id buffer.
 */
final class LineRun {
    static final int FPS = 12, W = 320, H = 180;
    private static final EntityIds IDS = EntityIds.bundled();

    /** One line's second as shown. */
    record Second(double[] meanShare, FrameSpec last, int[] lastIds, int[] lastRgb,
                  WorldObservation seen) {
        double share(String id) {
            return meanShare[IDS.of(id)];
        }
    }

    private LineRun() {}

    static List<Second> of(String... lines) {
        return of(frame -> { }, lines);
    }

    /** Runs {@code lines}; {@code eachFrame} sees every frame's spec. */
    static List<Second> of(Consumer<FrameSpec> eachFrame, String... lines) {
        int[] ones = new int[lines.length];
        java.util.Arrays.fill(ones, 1);
        return held(eachFrame, ones, lines);
    }

    /**
     * Runs {@code lines}, line i held for {@code seconds[i]} seconds: one {@link Second} per
     * second of the whole run.
     */
    static List<Second> held(Consumer<FrameSpec> eachFrame, int[] seconds, String... lines) {
        List<StoryLine> story = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            story.add(new StoryLine(i + 1, start, seconds[i], lines[i]));
            start += seconds[i];
        }
        List<ScenePlan> plans = Planner.standard(new Storyboard("lines", story, "")).planAll();
        DefaultWorld world = new DefaultWorld(0);
        List<Second> out = new ArrayList<>();
        try (SoftwareRenderer r = new SoftwareRenderer(W, H, 2)) {
            for (int s = 0; s < plans.size(); s++) {
                double[] sum = new double[IDS.size()];
                FrameSpec spec = null;
                int[] rgb = null;
                for (int f = 0; f < FPS; f++) {
                    spec = world.step(plans.get(s), new Timecode((long) s * FPS + f, FPS));
                    eachFrame.accept(spec);
                    dev.longshot.render.Frame frame = r.render(spec);
                    rgb = frame.rgb();
                    Coverage c = frame.shown();
                    for (int k = 0; k < c.size(); k++) {
                        sum[c.entity(k)] += c.count(k) / (double) c.pixels() / FPS;
                    }
                }
                out.add(new Second(sum, spec, r.entityIds().clone(), rgb.clone(),
                        world.observe()));
            }
        }
        return out;
    }
}
