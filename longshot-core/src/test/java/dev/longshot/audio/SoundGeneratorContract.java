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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SoundGenerator} promises: exactly one second of samples at the rate it
 * reports, the same samples for the same plans (again, and in a fresh instance), arrays the
 * caller owns, and clear errors for a null plan or an unusable sample rate.
 */
public abstract class SoundGeneratorContract {
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

    private static short[][] play(SoundGenerator sound) {
        return plans().stream().map(sound::second).toArray(short[][]::new);
    }

    @Test
    void everySecondHasExactlyOneSecondOfSamples() {
        SoundGenerator sound = create(sampleRate());
        assertEquals(sampleRate(), sound.sampleRate());
        for (ScenePlan p : plans()) assertEquals(sampleRate(), sound.second(p).length, p.text());
    }

    @Test
    void samePlansGiveTheSameSamplesAgainAndInAFreshInstance() {
        SoundGenerator sound = create(sampleRate());
        short[][] first = play(sound);
        short[][] fresh = play(create(sampleRate()));
        for (int i = 0; i < first.length; i++) assertArrayEquals(first[i], fresh[i], "second " + i);
        short[] again = sound.second(plans().get(0));
        assertNotSame(first[0], again, "each second is a new array the caller owns");
    }

    @Test
    void nullPlanIsRefusedByName() {
        var e = assertThrows(NullPointerException.class, () -> create(sampleRate()).second(null));
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
