package dev.longshot.audio;

import dev.longshot.plan.ScenePlan;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Timecode;
import java.util.ArrayList;
import java.util.List;

/** The frame specs the real world simulator makes for a run of plans (no rendering). */
final class WorldFrames {
    private WorldFrames() {}

    /** One list of {@code fps} frame specs per plan, second {@code i} for plan {@code i}. */
    static List<List<FrameSpec>> of(List<ScenePlan> plans, long seed, int fps) {
        DefaultWorld world = new DefaultWorld(seed);
        List<List<FrameSpec>> out = new ArrayList<>();
        for (int t = 0; t < plans.size(); t++) {
            List<FrameSpec> second = new ArrayList<>(fps);
            for (int f = 0; f < fps; f++) {
                second.add(world.step(plans.get(t), new Timecode((long) t * fps + f, fps)));
            }
            out.add(second);
        }
        return out;
    }
}
