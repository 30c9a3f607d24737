package dev.longshot.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.world.FrameSpec;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SoundGenerator} promises: exactly one second of interleaved samples at the
 * rate and channel count it reports, the same samples for the same seconds (again, in a fresh
 * instance, and when a rollback asks for seconds again), arrays the caller owns, and clear
 * errors for a null plan or an unusable sample rate.
 */
public abstract class SoundGeneratorContract {
    static final int FPS = 12;

    /** A generator at {@code sampleRate} samples per second. */
    protected abstract SoundGenerator create(int sampleRate);

    /** The rate the checks use (one a video may carry). */
    protected int sampleRate() {
        return 48_000;
    }

    /** Three seconds: a quiet forest, rain with deer, a stormy coast. */
    static List<ScenePlan> plans() {
        return List.of(
                new ScenePlan(0, "a forest", Setting.FOREST, Water.NONE, TimeOfDay.DAWN,
                        Weather.CLEAR, Set.of(), CameraMove.STATIC, List.of(), 0),
                new ScenePlan(1, "rain, deer", Setting.FOREST, Water.STREAM, TimeOfDay.DAWN,
                        Weather.RAIN, Set.of(Subject.DEER), CameraMove.PAN, List.of(), 0),
                new ScenePlan(2, "a storm at sea", Setting.COAST, Water.SEA, TimeOfDay.NIGHT,
                        Weather.STORM, Set.of(), CameraMove.DOLLY, List.of(), 1));
    }

    static List<List<FrameSpec>> frames() {
        return WorldFrames.of(plans(), 3, FPS);
    }

    private static short[][] play(SoundGenerator sound, List<List<FrameSpec>> frames) {
        short[][] out = new short[frames.size()][];
        for (int t = 0; t < out.length; t++) out[t] = sound.second(plans().get(t), frames.get(t));
        return out;
    }

    @Test
    void everySecondHasExactlyOneSecondOfSamples() {
        SoundGenerator sound = create(sampleRate());
        assertEquals(sampleRate(), sound.sampleRate());
        List<List<FrameSpec>> frames = frames();
        for (int t = 0; t < frames.size(); t++) {
            assertEquals(sampleRate() * sound.channels(),
                    sound.second(plans().get(t), frames.get(t)).length, plans().get(t).text());
        }
    }

    @Test
    void sameSecondsGiveTheSameSamplesAgainAndInAFreshInstance() {
        List<List<FrameSpec>> frames = frames();
        SoundGenerator sound = create(sampleRate());
        short[][] first = play(sound, frames);
        short[][] fresh = play(create(sampleRate()), frames);
        for (int i = 0; i < first.length; i++) assertArrayEquals(first[i], fresh[i], "second " + i);
        short[] again = sound.second(plans().get(0), frames.get(0));
        assertNotSame(first[0], again, "each second is a new array the caller owns");
        assertArrayEquals(first[0], again, "second 0 asked for again");
    }

    @Test
    void aRollbackRegeneratesTheSameSamples() {
        List<List<FrameSpec>> frames = frames();
        SoundGenerator sound = create(sampleRate());
        short[][] first = play(sound, frames);
        // Rolled back to second 1: seconds 1 and 2 are asked for again, in order.
        for (int t = 1; t < first.length; t++) {
            assertArrayEquals(first[t], sound.second(plans().get(t), frames.get(t)), "second " + t);
        }
    }

    @Test
    void nullPlanIsRefusedByName() {
        List<FrameSpec> frames = frames().get(0);
        var e = assertThrows(NullPointerException.class,
                () -> create(sampleRate()).second(null, frames));
        assertEquals("plan", e.getMessage());
    }

    @Test
    void unusableSampleRatesAreRefusedWithTheValue() {
        for (int bad : new int[] {0, -48_000, 7_999}) {
            var e = assertThrows(IllegalArgumentException.class, () -> create(bad), "" + bad);
            assertTrue(e.getMessage().contains(Integer.toString(bad)), e.getMessage());
        }
    }
}
