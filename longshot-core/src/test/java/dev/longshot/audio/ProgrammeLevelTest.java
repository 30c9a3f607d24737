package dev.longshot.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.world.FrameSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The whole soundtrack lands on the loudness target whatever the scenes (quiet or loud), under
 * the true-peak ceiling, while a quiet scene after a loud one stays quieter.
 */
class ProgrammeLevelTest {
    private static final int RATE = 48_000;
    private static final long SEED = 7;
    private static final double TARGET = -16;

    private record Scene(Setting setting, Water water, TimeOfDay time, Weather weather,
            Set<Subject> subjects) {}

    private static final Scene MISTY_FOREST = new Scene(Setting.FOREST, Water.NONE,
            TimeOfDay.DAWN, Weather.FOG, Set.of());
    private static final Scene CALM_SEA = new Scene(Setting.COAST, Water.SEA, TimeOfDay.DUSK,
            Weather.CLEAR, Set.of());
    private static final Scene STILL_SNOW = new Scene(Setting.SNOWFIELD, Water.NONE,
            TimeOfDay.NOON, Weather.CLEAR, Set.of());
    private static final Scene STORM = new Scene(Setting.COAST, Water.SEA, TimeOfDay.NIGHT,
            Weather.STORM, Set.of());
    private static final Scene CITY = new Scene(Setting.CITY, Water.NONE, TimeOfDay.NOON,
            Weather.CLEAR, Set.of(Subject.PERSON));

    /** {@code seconds} of each scene in turn, one plan per second. */
    private static List<ScenePlan> programme(Scene[] scenes, int seconds) {
        List<ScenePlan> plans = new ArrayList<>();
        for (int s = 0; s < scenes.length; s++) {
            Scene x = scenes[s];
            for (int i = 0; i < seconds; i++) {
                plans.add(new ScenePlan(plans.size(), "scene " + s, x.setting(), x.water(),
                        x.time(), x.weather(), x.subjects(), CameraMove.STATIC, List.of(), s));
            }
        }
        return plans;
    }

    private static short[][] play(WorldSound sound, List<ScenePlan> plans) {
        List<List<FrameSpec>> frames = WorldFrames.of(plans, SEED, SoundGeneratorContract.FPS);
        short[][] out = new short[plans.size()][];
        for (int t = 0; t < out.length; t++) out[t] = sound.second(plans.get(t), frames.get(t));
        return out;
    }

    private static LoudnessMeter measure(short[][] seconds, int from, int to) {
        LoudnessMeter m = new LoudnessMeter(RATE, 2);
        for (int t = from; t < to; t++) m.add(seconds[t]);
        return m;
    }

    private static void landsOnTheTarget(Scene... scenes) {
        short[][] pcm = play(new WorldSound(SEED, RATE, TARGET),
                programme(scenes, 20 / scenes.length));
        LoudnessMeter m = measure(pcm, 0, pcm.length);
        assertEquals(TARGET, m.integratedLufs(), 1.0, "integrated");
        assertTrue(m.truePeakDb() <= -1, "true peak " + m.truePeakDb());
    }

    @Test
    void quietProgrammesLandOnTheTarget() {
        // The follower of the last 8 s left a calm sea's swell at -17.8 LUFS (-18.3 decoded).
        landsOnTheTarget(MISTY_FOREST);
        landsOnTheTarget(CALM_SEA);
        landsOnTheTarget(STILL_SNOW);
    }

    @Test
    void loudProgrammesLandOnTheTarget() {
        landsOnTheTarget(STORM);
        landsOnTheTarget(CITY);
    }

    @Test
    void aProgrammeThatTurnsFromQuietToLoudLandsOnTheTarget() {
        landsOnTheTarget(MISTY_FOREST, STORM);
    }

    @Test
    void aQuietSceneAfterAStormStaysQuieterAndTheProgrammeLands() {
        short[][] pcm = play(new WorldSound(SEED, RATE, TARGET),
                programme(new Scene[] {STORM, MISTY_FOREST}, 10));
        double storm = measure(pcm, 0, 10).integratedLufs();
        double mist = measure(pcm, 12, 20).integratedLufs();
        assertTrue(mist < storm - 6, "mist " + mist + " LUFS after a storm at " + storm);
        assertEquals(TARGET, measure(pcm, 0, 20).integratedLufs(), 1.0);
    }

    @Test
    void aRollbackDeepInAProgrammeRegeneratesTheSameSamples() {
        // The programme's loudness so far is kept per second: seconds 14 ... 19 made again
        // after the first 20 are the same bytes, as they are in a fresh instance.
        List<ScenePlan> plans = programme(new Scene[] {CALM_SEA, STORM}, 10);
        List<List<FrameSpec>> frames = WorldFrames.of(plans, SEED, SoundGeneratorContract.FPS);
        WorldSound sound = new WorldSound(SEED, RATE, TARGET);
        short[][] first = new short[plans.size()][];
        for (int t = 0; t < first.length; t++) first[t] = sound.second(plans.get(t), frames.get(t));
        for (int t = 14; t < first.length; t++) {
            assertArrayEquals(first[t], sound.second(plans.get(t), frames.get(t)), "second " + t);
        }
        short[][] fresh = play(new WorldSound(SEED, RATE, TARGET), plans);
        for (int t = 0; t < first.length; t++) assertArrayEquals(first[t], fresh[t], "second " + t);
    }
}
