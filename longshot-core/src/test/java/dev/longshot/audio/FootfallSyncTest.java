package dev.longshot.audio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.creature.Bestiary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hooves land on the sound track when they land in the world: a horse trotting beside the
 * camera, its gait phase advancing frame by frame; onsets found in the generated PCM (by
 * energy, not from the generator's events) fall within one frame of each foot contact.
 */
class FootfallSyncTest {
    private static final int FPS = 24;
    private static final int RATE = 48_000;
    private static final double STRIDES_PER_SECOND = 1.3;

    @Test
    void hoofOnsetsFallWithinOneFrameOfFootContacts() {
        List<ScenePlan> plans = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            plans.add(new ScenePlan(t, "desert", Setting.DESERT, Water.NONE, TimeOfDay.NOON,
                    Weather.CLEAR, Set.<Subject>of(), CameraMove.STATIC, List.of(), 0));
        }
        List<List<FrameSpec>> world = WorldFrames.of(plans, 8, FPS);
        WorldSound sound = new WorldSound(8, RATE, -16);
        List<Double> contacts = new ArrayList<>();
        float[] mono = new float[3 * RATE];
        double previous = Double.NaN;
        for (int t = 0; t < 3; t++) {
            List<FrameSpec> frames = new ArrayList<>();
            for (FrameSpec s : world.get(t)) {
                double time = s.time().seconds();
                double phase = (time * STRIDES_PER_SECOND) % 1.0;
                Pose cam = Pose.of(s.camera());
                SubjectPose horse = new SubjectPose("horse#1", Bestiary.of(Subject.HORSE),
                        cam.ahead(-60, 3), 0, 3, phase, 1);
                frames.add(new FrameSpec(s.time(), s.plan(), s.terrain(), s.camera(),
                        s.lighting(), s.cut(), List.of(horse), s.change()));
                if (!Double.isNaN(previous)) contacts.addAll(crossings(previous, phase, time));
                previous = phase;
            }
            short[] pcm = sound.second(plans.get(t), frames);
            for (int i = 0; i < RATE; i++) {
                mono[t * RATE + i] = (pcm[2 * i] + pcm[2 * i + 1]) / 65536f;
            }
        }
        List<Double> onsets = onsets(mono);
        assertTrue(contacts.size() >= 12, "contacts " + contacts);
        for (double c : contacts) {
            if (c < 0.1) continue;
            boolean heard = onsets.stream().anyMatch(o -> Math.abs(o - c) <= 1.0 / FPS);
            assertTrue(heard, "no onset within a frame of the contact at " + c + ": " + onsets);
        }
        assertFalse(onsets.size() > 2 * contacts.size(), "onsets everywhere: " + onsets);
    }

    /** Contacts (phase 0, ¼, ½, ¾) between two frames, at the interpolated time. */
    private static List<Double> crossings(double from, double to, double time) {
        List<Double> out = new ArrayList<>();
        double d = to - from;
        if (d < 0) d += 1;
        for (double c : new double[] {0, 0.25, 0.5, 0.75}) {
            double k = c - from;
            k -= Math.floor(k);
            if (k > 0 && k <= d) out.add(time - 1.0 / FPS + k / d / FPS);
        }
        return out;
    }

    /** Onsets: 2.5 ms windows of first differences whose energy rises 8x over the last 40 ms. */
    private static List<Double> onsets(float[] x) {
        int w = 120;
        double[] e = new double[x.length / w];
        for (int k = 0; k < e.length; k++) {
            for (int i = Math.max(1, k * w); i < (k + 1) * w; i++) {
                double d = x[i] - x[i - 1];
                e[k] += d * d;
            }
        }
        List<Double> out = new ArrayList<>();
        boolean above = true;
        for (int k = 16; k < e.length; k++) {
            double mean = 0;
            for (int j = k - 16; j < k - 1; j++) mean += e[j];
            mean /= 15;
            boolean now = e[k] > 8 * mean;
            if (now && !above) out.add((k + 0.5) * w / (double) RATE);
            above = now;
        }
        return out;
    }
}
