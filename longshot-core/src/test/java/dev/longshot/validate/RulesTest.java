package dev.longshot.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.render.Frame;
import dev.longshot.world.EntityState;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.MaterialParams;
import dev.longshot.world.Obstacle;
import dev.longshot.world.Sky;
import dev.longshot.world.Terrain;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.WorldObservation;
import dev.longshot.world.camera.Camera;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Each rule against test doubles: a sane sequence passes, one broken frame is caught. */
class RulesTest {
    private static final int FPS = 12;
    private static final Terrain GROUND = new Terrain(7, Setting.GRASSLAND, Water.NONE);
    private static final ScenePlan NOON = new ScenePlan(0, "", Setting.GRASSLAND, Water.NONE,
            TimeOfDay.NOON, Weather.CLEAR, Set.of(), CameraMove.STATIC, List.of(), 0);

    private static Observation obs(int f, WorldObservation world, Frame frame, double hour) {
        Vec3 eye = new Vec3(0, GROUND.heightAt(0, 0) + 2, 0);
        FrameSpec spec = new FrameSpec(new Timecode(f, FPS), NOON, GROUND,
                new Camera(eye, 0, 0, 50), Sky.lighting(hour, Sky.WeatherState.of(Weather.CLEAR)),
                f == 0);
        return new Observation(spec, frame, world);
    }

    private static EntityState deer(double t, double dy) {
        double x = 3 + 1.2 * t;
        return new EntityState("deer#1", new Vec3(x, GROUND.heightAt(x, 5) + dy, 5),
                new Vec3(1.2, 0, 0), 0.6, true);
    }

    private static List<Violation> run(Validator v, IntFunction<Observation> at) {
        List<Violation> all = new ArrayList<>();
        Observation previous = null;
        for (int f = 0; f < 3 * FPS; f++) {
            Observation now = at.apply(f);
            all.addAll(v.check(previous, now));
            previous = now;
        }
        return all;
    }

    private static WorldObservation world(List<EntityState> e, List<MaterialParams> m) {
        return new WorldObservation(12.5, e, List.of(
                new Obstacle("rock#1", new Vec3(20, GROUND.heightAt(20, 5), 5), 1, 2)), m);
    }

    @Test
    void entityMotionCatchesATeleportButNotWalking() {
        Validator v = new EntityMotion(0.7);
        assertEquals(List.of(), run(v, f -> obs(f, world(List.of(deer(f / 12.0, 0)), List.of()),
                null, 12.5)));
        List<Violation> found = run(new EntityMotion(0.7), f -> obs(f,
                world(List.of(deer(f / 12.0 + (f >= 20 ? 10 : 0), 0)), List.of()), null, 12.5));
        assertTrue(found.stream().anyMatch(x -> x.subject().equals("deer#1")
                && x.time().frame() == 20), found.toString());
    }

    @Test
    void gravityKeepsGroundBoundSubjectsOnTheGround() {
        assertEquals(List.of(), run(new Gravity(0.7), f -> obs(f,
                world(List.of(deer(f / 12.0, 0.05)), List.of()), null, 12.5)));
        List<Violation> sunk = run(new Gravity(0.7), f -> obs(f,
                world(List.of(deer(f / 12.0, f == 7 ? -0.8 : 0)), List.of()), null, 12.5));
        assertEquals(1, sunk.size(), sunk.toString());
        assertEquals("depth below ground", sunk.get(0).quantity());
        List<Violation> floating = run(new Gravity(0.7), f -> obs(f,
                world(List.of(deer(f / 12.0, f == 9 ? 1.5 : 0)), List.of()), null, 12.5));
        assertEquals("height above ground", floating.get(0).quantity());
    }

    @Test
    void interpenetrationCatchesADeerInARockAndInAnotherDeer() {
        EntityState inRock = new EntityState("deer#2",
                new Vec3(20.5, GROUND.heightAt(20.5, 5), 5), Vec3.ZERO, 0.6, true);
        List<Violation> found = run(new Interpenetration(0.7), f -> obs(f,
                world(List.of(deer(0, 0), inRock), List.of()), null, 12.5));
        assertTrue(found.stream().anyMatch(x -> x.subject().equals("deer#2 in rock#1")));
        EntityState close = new EntityState("deer#3", deer(0, 0).position().plus(
                new Vec3(0.3, 0, 0)), Vec3.ZERO, 0.6, true);
        found = run(new Interpenetration(0.7), f -> obs(f,
                world(List.of(deer(0, 0), close), List.of()), null, 12.5));
        assertTrue(found.stream().anyMatch(x -> x.subject().equals("deer#1 in deer#3")));
    }

    @Test
    void lightFollowsTheClockAndCatchesAFlippedSun() {
        assertEquals(List.of(), run(new LightConsistency(0.7),
                f -> obs(f, world(List.of(), List.of()), null, 12.5 + f / 12.0 / 60)));
        List<Violation> found = run(new LightConsistency(0.7), f -> {
            Observation o = obs(f, world(List.of(), List.of()), null, 12.5 + f / 12.0 / 60);
            if (f / FPS != 1) return o;
            var l = o.spec().lighting();
            var flipped = new dev.longshot.world.Lighting(new Vec3(-l.toSun().x(), l.toSun().y(),
                    -l.toSun().z()), l.sunColor(), l.sunIntensity(), l.ambient(), l.skyZenith(),
                    l.skyHorizon(), l.fogColor(), l.fogDensity());
            FrameSpec s = o.spec();
            return new Observation(new FrameSpec(s.time(), s.plan(), s.terrain(), s.camera(),
                    flipped, s.cut()), null, o.world());
        });
        assertTrue(found.stream().anyMatch(x -> x.quantity().equals("degrees off the sun")),
                found.toString());
    }

    @Test
    void materialsHoldTheirAlbedoForTheScene() {
        MaterialParams grass = new MaterialParams("ground", 0x7EA44A, Double.NaN);
        MaterialParams red = new MaterialParams("ground", 0xC02020, Double.NaN);
        assertEquals(List.of(), run(new MaterialConsistency(0.7),
                f -> obs(f, world(List.of(), List.of(grass)), null, 12.5)));
        List<Violation> found = run(new MaterialConsistency(0.7), f -> obs(f,
                world(List.of(), List.of(f < 15 ? grass : red)), null, 12.5));
        assertEquals(2, found.size(), "reported once in each second it is wrong: " + found);
    }

    /** A 64×36 frame of noise shifted by {@code shift} pixels, darkened by {@code gain}. */
    private static Frame noise(int f, int shift, double gain, long seed) {
        int[] rgb = new int[64 * 36];
        for (int y = 0; y < 36; y++) {
            for (int x = 0; x < 64; x++) {
                long h = (x + shift) / 3 * 0x9E3779B97F4A7C15L
                        ^ (y / 3) * 0xC2B2AE3D27D4EB4FL ^ seed;
                h ^= h >>> 29;
                h *= 0xBF58476D1CE4E5B9L;
                int v = (int) (((h >>> 40) & 255) * gain);
                rgb[y * 64 + x] = v << 16 | v << 8 | v;
            }
        }
        return new Frame(64, 36, rgb, new Timecode(f, FPS));
    }

    @Test
    void opticalFlowAcceptsSteadyMotionAndCatchesAJump() {
        WorldObservation w = world(List.of(), List.of());
        assertEquals(List.of(), run(new OpticalFlow(0.7),
                f -> obs(f, w, noise(f, f, 1, 1), 12.5)));
        List<Violation> found = run(new OpticalFlow(0.7),
                f -> obs(f, w, noise(f, f < 18 ? f : f + 60, 1, 1), 12.5));
        assertTrue(found.stream().anyMatch(x -> x.time().second() == 1), found.toString());
    }

    @Test
    void exposureAcceptsSlowFadesAndCatchesAFlash() {
        WorldObservation w = world(List.of(), List.of());
        assertEquals(List.of(), run(new Exposure(0.7),
                f -> obs(f, w, noise(f, 0, 1 - f * 0.005, 1), 12.5)));
        List<Violation> found = run(new Exposure(0.7),
                f -> obs(f, w, noise(f, 0, f == 30 ? 0.4 : 1, 1), 12.5));
        assertEquals(1, found.size(), found.toString());
        assertEquals(2, found.get(0).time().second());
    }

    @Test
    void strictnessScalesTolerances() {
        List<Violation> loose = run(new Gravity(0), f -> obs(f,
                world(List.of(deer(f / 12.0, f == 7 ? -0.25 : 0)), List.of()), null, 12.5));
        List<Violation> tight = run(new Gravity(1), f -> obs(f,
                world(List.of(deer(f / 12.0, f == 7 ? -0.25 : 0)), List.of()), null, 12.5));
        assertEquals(0, loose.size());
        assertEquals(1, tight.size());
    }
}
