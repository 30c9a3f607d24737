package dev.longshot.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.render.Frame;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.EntityState;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.MaterialParams;
import dev.longshot.world.Obstacle;
import dev.longshot.world.Sky;
import dev.longshot.world.Terrain;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.WorldObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Validator} promises: it names its rule and schedule; the same frames give
 * the same violations in a fresh instance; {@link Validator#checkpoint()} /
 * {@link Validator#restore} roll it back exactly (the director's validate-and-retry loop
 * relies on it: run, checkpoint at a second's end, run on, restore, re-run must find exactly
 * what the first run found); and a strictness outside [0, 1] is refused.
 *
 * <p>Every rule sees the same {@link #stream() shaky stream}: 4 seconds at 12 fps where the
 * camera teleports and changes pace, a deer teleports, sinks and walks into a rock and into
 * another deer, the sun is flipped, a material changes colour, the picture jumps and darkens,
 * the weather and the time of day are asked to change, and there is a cut mid-way — so
 * every rule breaks after the checkpoint and has state worth restoring.
 */
public abstract class ValidatorContract {
    static final int FPS = 12;
    static final int SECONDS = 4;
    /** Frames before the checkpoint: two whole seconds, as the director checkpoints. */
    static final int CHECKPOINT = 2 * FPS;
    /** A cut inside the part that is replayed: it resets what most rules remember. */
    static final int CUT = 30;

    private static final Terrain GROUND = new Terrain(7, Setting.GRASSLAND, Water.NONE);

    /** A validator of this rule at {@code strictness} (0 … 1). */
    protected abstract Validator create(double strictness);

    /** The shaky stream every rule is checked against (new observations on each call). */
    static List<Observation> stream() {
        List<Observation> all = new ArrayList<>();
        for (int f = 0; f < SECONDS * FPS; f++) all.add(observation(f));
        return all;
    }

    private static Observation observation(int f) {
        int second = f / FPS;
        ScenePlan plan = new ScenePlan(second, "", Setting.GRASSLAND, Water.NONE,
                second < 2 ? TimeOfDay.NOON : TimeOfDay.DUSK,
                second < 3 ? Weather.CLEAR : Weather.RAIN, Set.of(), CameraMove.DOLLY,
                List.of(), f < CUT ? 0 : 1);
        // Camera: 2 m/s, then 6 m/s from the checkpoint on (an acceleration that only the
        // velocity remembered from before the checkpoint shows), teleports at 8, 27 and 40.
        double x = f < CHECKPOINT ? 2.0 * f / FPS : 2.0 * CHECKPOINT / FPS
                + 6.0 * (f - CHECKPOINT) / FPS;
        if (f >= 8) x += 15;
        if (f >= 27) x += 15;
        if (f >= 40) x += 15;
        double yaw = f == 44 ? 60 : 0;
        Camera camera = new Camera(new Vec3(x, GROUND.heightAt(x, 0) + 3, 0), yaw, 0, 35);
        double hour = 12.5 + f / (double) FPS / 60;
        // The sun comes from the wrong side at the end of second 2.
        Lighting light = Sky.lighting(f == 35 ? hour + 6 : hour,
                Sky.WeatherState.of(Weather.CLEAR));
        FrameSpec spec = new FrameSpec(new Timecode(f, FPS), plan, GROUND, camera, light,
                f == 0 || f == CUT);
        WorldObservation world = new WorldObservation(hour, entities(f),
                List.of(new Obstacle("rock#1", new Vec3(20, GROUND.heightAt(20, 5), 5), 1, 2)),
                List.of(new MaterialParams("ground", f >= 26 && f < CUT || f >= 42
                        ? 0xC02020 : 0x7EA44A, Double.NaN)));
        return new Observation(spec, picture(f), world);
    }

    /** A deer walking at 1.2 m/s that teleports (28), sinks (33), meets a rock and a deer. */
    private static List<EntityState> entities(int f) {
        double x = 3 + 1.2 * f / FPS + (f >= 28 ? 6 : 0);
        if (f >= 41) x = 20; // in the rock
        double sink = f == 33 ? -0.6 : 0;
        List<EntityState> e = new ArrayList<>(List.of(new EntityState("deer#1",
                new Vec3(x, GROUND.heightAt(x, 5) + sink, 5), new Vec3(1.2, 0, 0), 0.6, true)));
        if (f >= 37 && f <= 39) {
            double y = x + 0.3;
            e.add(new EntityState("deer#2", new Vec3(y, GROUND.heightAt(y, 5), 5),
                    new Vec3(1.2, 0, 0), 0.6, true));
        }
        return e;
    }

    /** 64×36 blocky noise panning one pixel a frame; jumps at 20 and 44, darker at 41. */
    private static Frame picture(int f) {
        int shift = f + (f >= 20 ? 50 : 0) + (f >= 44 ? 70 : 0);
        double gain = f == 41 ? 0.35 : 1;
        int[] rgb = new int[64 * 36];
        for (int y = 0; y < 36; y++) {
            for (int x = 0; x < 64; x++) {
                long h = (x + shift) / 3 * 0x9E3779B97F4A7C15L ^ (y / 3) * 0xC2B2AE3D27D4EB4FL;
                h ^= h >>> 29;
                h *= 0xBF58476D1CE4E5B9L;
                int v = (int) (((h >>> 40) & 255) * gain);
                rgb[y * 64 + x] = v << 16 | v << 8 | v;
            }
        }
        return new Frame(64, 36, rgb, new Timecode(f, FPS));
    }

    /** The violations of frames {@code from … to-1} of {@code frames}. */
    static List<Violation> run(Validator v, List<Observation> frames, int from, int to) {
        List<Violation> found = new ArrayList<>();
        for (int f = from; f < to; f++) {
            found.addAll(v.check(f == 0 ? null : frames.get(f - 1), frames.get(f)));
        }
        return found;
    }

    @Test
    void namesItsRuleAndSchedule() {
        Validator v = create(0.7);
        assertNotNull(v.rule());
        assertFalse(v.rule().isBlank(), "rule name");
        assertNotNull(v.schedule());
    }

    @Test
    void theShakyStreamBreaksTheRuleAfterTheCheckpoint() {
        List<Observation> frames = stream();
        Validator v = create(1);
        run(v, frames, 0, CHECKPOINT);
        List<Violation> after = run(v, frames, CHECKPOINT, frames.size());
        assertFalse(after.isEmpty(), "no violation to replay: the round trip would prove nothing");
        for (Violation x : after) assertEquals(v.rule(), x.rule(), x.toString());
    }

    @Test
    void freshInstancesFindTheSameViolations() {
        List<Observation> frames = stream();
        List<Violation> first = run(create(1), frames, 0, frames.size());
        assertEquals(first, run(create(1), frames, 0, frames.size()));
        assertEquals(first, run(create(1), stream(), 0, frames.size()), "on new observations");
    }

    @Test
    void restoreReplaysExactlyWhatTheFirstRunFound() {
        List<Observation> frames = stream();
        Validator straight = create(1);
        run(straight, frames, 0, CHECKPOINT);
        List<Violation> expected = run(straight, frames, CHECKPOINT, frames.size());

        Validator v = create(1);
        run(v, frames, 0, CHECKPOINT);
        Object at = v.checkpoint();
        assertEquals(expected, run(v, frames, CHECKPOINT, frames.size()),
                "taking a checkpoint changed what the rule finds");
        v.restore(at);
        assertEquals(expected, run(v, frames, CHECKPOINT, frames.size()), "after restore");
        v.restore(at);
        assertEquals(expected, run(v, frames, CHECKPOINT, frames.size()),
                "after a second restore of the same checkpoint");
    }

    @Test
    void restoreOfARetriedSecondForgetsTheFailedAttempt() {
        // The director's loop: checkpoint, run a second, reject it, restore, run it again.
        List<Observation> frames = stream();
        Validator v = create(1);
        run(v, frames, 0, CHECKPOINT);
        Object at = v.checkpoint();
        List<Violation> first = run(v, frames, CHECKPOINT, CHECKPOINT + FPS / 2);
        v.restore(at);
        List<Violation> retried = run(v, frames, CHECKPOINT, frames.size());
        Validator straight = create(1);
        run(straight, frames, 0, CHECKPOINT);
        assertEquals(run(straight, frames, CHECKPOINT, frames.size()), retried,
                "half a second run before the restore leaked into the retry (" + first + ")");
    }

    @Test
    void restoreToTheStartReplaysTheWholeRun() {
        List<Observation> frames = stream();
        Validator v = create(1);
        Object start = v.checkpoint();
        List<Violation> first = run(v, frames, 0, frames.size());
        v.restore(start);
        assertEquals(first, run(v, frames, 0, frames.size()));
    }

    @Test
    void strictnessOutsideZeroToOneIsRejected() {
        for (double bad : new double[] {-0.1, 1.5, Double.NaN}) {
            var e = assertThrows(IllegalArgumentException.class, () -> create(bad),
                    "strictness " + bad);
            assertTrue(e.getMessage().contains("strictness"), e.getMessage());
        }
    }
}
