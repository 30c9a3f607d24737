package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.memory.Planner;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Transition;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.camera.Glide;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The original design's VR call, {@code ["森林全景", "逐步过渡到火山口"]} at 90 fps: the
 * forest turns into the volcano while the viewer glides towards the crater, within the
 * comfort limits of VR locomotion, without a cut.
 */
class GlideIntoANewPlaceTest {
    private static final int FPS = 90;

    private static List<FrameSpec> run() {
        List<StoryLine> story = List.of(new StoryLine(1, 0, 2, "森林全景"),
                new StoryLine(2, 2, 6, "逐步过渡到火山口"));
        List<ScenePlan> plans = Planner.standard(new Storyboard("vr", story, "")).planAll();
        assertEquals(Transition.MORPH, plans.get(2).transition());
        DefaultWorld world = new DefaultWorld(3);
        List<FrameSpec> specs = new ArrayList<>();
        for (long f = 0; f < (long) plans.size() * FPS; f++) {
            Timecode tc = new Timecode(f, FPS);
            specs.add(world.step(plans.get(tc.second()), tc));
        }
        return specs;
    }

    @Test
    void theViewerGlidesTowardsTheCraterAsTheForestBecomesAVolcano() {
        List<FrameSpec> specs = run();
        int start = 2 * FPS;
        Vec3 crater = specs.get(specs.size() - 1).terrain().landmark();
        double before = Double.POSITIVE_INFINITY;
        for (int f = start; f < specs.size(); f++) {
            FrameSpec s = specs.get(f);
            assertFalse(s.cut(), "no cut at frame " + f);
            Vec3 p = s.camera().position();
            double d = StrictMath.hypot(crater.x() - p.x(), crater.z() - p.z());
            assertTrue(d <= before, "nearer the crater every frame: " + f);
            before = d;
        }
        Vec3 from = specs.get(start).camera().position();
        Vec3 to = specs.get(specs.size() - 1).camera().position();
        assertTrue(to.minus(from).length() > 12, "the viewer moved " + to.minus(from).length());
        assertEquals(Setting.VOLCANO, specs.get(specs.size() - 1).terrain().setting());
    }

    @Test
    void theGlideKeepsWithinTheComfortLimits() {
        List<FrameSpec> specs = run();
        double dt = 1.0 / FPS;
        Vec3 lastVelocity = null;
        for (int f = 2 * FPS + 1; f < specs.size(); f++) {
            Camera a = specs.get(f - 1).camera();
            Camera b = specs.get(f).camera();
            assertEquals(0, b.rollDeg(), "no roll");
            Vec3 v = b.position().minus(a.position()).times(1 / dt);
            Vec3 flat = new Vec3(v.x(), 0, v.z());
            assertTrue(flat.length() <= Glide.SPEED + 1e-6, "speed " + v.length() + " at " + f);
            if (lastVelocity != null) {
                Vec3 dv = v.minus(lastVelocity).times(1 / dt);
                double across = new Vec3(dv.x(), 0, dv.z()).length();
                assertTrue(across <= Glide.ACCEL * 1.01 + 1e-6, "acceleration " + across + " at " + f);
                assertTrue(StrictMath.abs(dv.y()) <= Glide.CLIMB_ACCEL * 1.01 + 1e-6,
                        "vertical acceleration " + dv.y() + " at " + f);
            }
            lastVelocity = v;
            double turn = StrictMath.abs(Wander.turn(a.yawDeg(), b.yawDeg())) / dt;
            assertTrue(turn <= Glide.TURN_RATE + 1e-6, "turn rate " + turn + " at " + f);
            double pitch = StrictMath.abs(b.pitchDeg() - a.pitchDeg()) / dt;
            assertTrue(pitch <= Glide.PITCH_RATE + 1e-6, "pitch rate " + pitch + " at " + f);
            assertTrue(StrictMath.abs(v.y()) <= Glide.CLIMB + 1e-6, "climb " + v.y() + " at " + f);
        }
    }
}
