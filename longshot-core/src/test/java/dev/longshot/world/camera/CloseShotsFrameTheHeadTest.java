package dev.longshot.world.camera;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.ScenePlan;
import dev.longshot.render.EntityIds;
import dev.longshot.render.Frame;
import dev.longshot.render.SoftwareRenderer;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.creature.Head;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Close shots frame a creature's head, not its flank, for the whole line while it moves;
 * an extreme close-up shows the head (framed on the body, it was a grey block); a wide shot of two groups that stand apart shows
 * both. Measured in the renderer's entity-id buffer and by where the head projects.
 */
class CloseShotsFrameTheHeadTest {
    private static final int W = 320, H = 180, FPS = 12;
    private static final int WOLF = EntityIds.bundled().of("wolf");

    /** One rendered frame of the last line: its spec, the entry's share, the entity ids. */
    private record Shown(FrameSpec spec, double share, int[] ids) {}

    private static List<Shown> lastLine(String id, String... lines) {
        List<ScenePlan> plans = ShotRun.plans(lines);
        DefaultWorld world = new DefaultWorld(0);
        List<Shown> out = new ArrayList<>();
        int k = EntityIds.bundled().of(id);
        try (SoftwareRenderer r = new SoftwareRenderer(W, H, 1)) {
            for (int s = 0; s < plans.size(); s++) {
                for (int f = 0; f < FPS; f++) {
                    FrameSpec spec = world.step(plans.get(s), new Timecode((long) s * FPS + f, FPS));
                    if (s < plans.size() - 1) continue;
                    Frame frame = r.render(spec);
                    out.add(new Shown(spec, frame.shown().share(k), r.entityIds().clone()));
                }
            }
        }
        return out;
    }

    /** The subject of kind {@code id} nearest the camera. */
    private static SubjectPose nearest(FrameSpec spec, String id) {
        SubjectPose best = null;
        Vec3 eye = spec.camera().position();
        for (SubjectPose p : spec.subjects()) {
            if (p.type().id().equals(id) && (best == null || p.position().minus(eye).length()
                    < best.position().minus(eye).length())) {
                best = p;
            }
        }
        return best;
    }

    /** Where {@code p} falls in the frame of {@code c} (no roll): x, y in [-1, 1] inside. */
    private static double[] project(Camera c, Vec3 p) {
        double yaw = StrictMath.toRadians(c.yawDeg());
        Vec3 f = c.forward();
        Vec3 right = new Vec3(StrictMath.cos(yaw), 0, StrictMath.sin(yaw));
        Vec3 up = new Vec3(-right.z() * f.y(), right.z() * f.x() - right.x() * f.z(),
                right.x() * f.y());
        Vec3 d = p.minus(c.position());
        double z = d.dot(f);
        double tanV = StrictMath.tan(StrictMath.toRadians(c.verticalFovDeg()) / 2);
        double tanH = tanV * W / H;
        return new double[] {d.dot(right) / z / tanH, d.dot(up) / z / tanV, z};
    }

    private static boolean inFrame(double[] p) {
        return p[2] > 0 && StrictMath.abs(p[0]) < 1 && StrictMath.abs(p[1]) < 1;
    }

    @Test
    void closeUpKeepsAMovingWolfsHeadInFrameAllLine() {
        List<Shown> shown = lastLine("wolf", "A wolf runs across the meadow.",
                "Whip pan to the wolf as it runs.", "Close-up, 85 mm, on the wolf as it runs.");
        for (Shown s : shown) {
            SubjectPose wolf = nearest(s.spec(), "wolf");
            double[] head = project(s.spec().camera(), Head.of(wolf));
            assertTrue(wolf.speed() > 0.5, "the wolf stands still at " + s.spec().time());
            assertTrue(s.share() >= 0.10, "wolf covers " + s.share() + " at " + s.spec().time());
            assertTrue(inFrame(head), "head out of frame at " + s.spec().time());
        }
    }

    @Test
    void extremeCloseUpShowsTheWolfsHead() {
        List<Shown> shown = lastLine("wolf", "A wolf walks across the meadow at dawn.",
                "Extreme close-up of the wolf.");
        for (Shown s : shown) {
            SubjectPose wolf = nearest(s.spec(), "wolf");
            double[] head = project(s.spec().camera(), Head.of(wolf));
            int px = (int) StrictMath.round((head[0] + 1) / 2 * (W - 1));
            int py = (int) StrictMath.round((1 - head[1]) / 2 * (H - 1));
            assertTrue(inFrame(head), "head out of frame at " + s.spec().time());
            assertTrue(s.ids()[py * W + px] == WOLF, "no wolf at its head at " + s.spec().time());
        }
    }

    @Test
    void wideShotOfTwoGroupsApartShowsBoth() {
        String[] lines = {"A deer grazes in the valley.", "A wolf comes out of the forest.",
            "High angle, wide shot of the deer and the wolf in the valley."};
        List<Shown> deer = lastLine("deer", lines);
        List<Shown> wolf = lastLine("wolf", lines);
        double d = 0, w = 0;
        for (int i = 0; i < deer.size(); i++) {
            assertTrue(deer.get(i).share() > 0 && wolf.get(i).share() > 0, "frame " + i);
            d += deer.get(i).share() / deer.size();
            w += wolf.get(i).share() / wolf.size();
        }
        assertTrue(d >= 0.005 && w >= 0.005, "deer " + d + ", wolf " + w);
    }
}
