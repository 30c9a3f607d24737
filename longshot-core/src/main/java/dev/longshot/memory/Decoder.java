package dev.longshot.memory;

import static dev.longshot.memory.Features.GROUP_LEN;
import static dev.longshot.memory.Features.GROUP_OFF;
import static dev.longshot.memory.Features.NSUB;
import static dev.longshot.memory.Features.OUT;
import static dev.longshot.memory.Features.SUB_OFF;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import java.util.EnumSet;

/**
 * The decoder heads' loss and decoding: a softmax per attribute (setting, water, timeOfDay,
 * weather, camera) and an independent sigmoid per subject.
 */
final class Decoder {
    private Decoder() {}

    /** Decoded attributes of one second. */
    record Decoded(Setting setting, Water water, TimeOfDay timeOfDay, Weather weather,
            CameraMove camera, EnumSet<Subject> subjects) {}

    static Decoded decode(double[] logits) {
        EnumSet<Subject> subjects = EnumSet.noneOf(Subject.class);
        for (int s = 0; s < NSUB; s++) if (logits[SUB_OFF + s] > 0) subjects.add(Subject.values()[s]);
        return new Decoded(
                Setting.values()[argmax(logits, 0)],
                Water.values()[argmax(logits, 1)],
                TimeOfDay.values()[argmax(logits, 2)],
                Weather.values()[argmax(logits, 3)],
                CameraMove.values()[argmax(logits, 4)],
                subjects);
    }

    /** Ties go to the lower index, so the result never depends on anything but the logits. */
    private static int argmax(double[] y, int group) {
        int best = 0;
        for (int i = 1; i < GROUP_LEN[group]; i++) {
            if (y[GROUP_OFF[group] + i] > y[GROUP_OFF[group] + best]) best = i;
        }
        return best;
    }

    /** Gold output indices of a plan: the five softmax targets. */
    static int[] targets(ScenePlan gold) {
        return new int[] {gold.setting().ordinal(), gold.water().ordinal(),
            gold.timeOfDay().ordinal(), gold.weather().ordinal(), gold.camera().ordinal()};
    }

    /**
     * Cross-entropy of each softmax group plus binary cross-entropy of each subject; writes
     * dLoss/dLogits (OUT) and returns the loss. Softmax uses the max-shifted exp for range.
     */
    static double loss(double[] y, ScenePlan gold, double[] dy) {
        int[] target = targets(gold);
        double loss = 0;
        for (int g = 0; g < GROUP_OFF.length; g++) {
            int o = GROUP_OFF[g];
            int n = GROUP_LEN[g];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) max = Math.max(max, y[o + i]);
            double z = 0;
            for (int i = 0; i < n; i++) z += StrictMath.exp(y[o + i] - max);
            for (int i = 0; i < n; i++) {
                double pr = StrictMath.exp(y[o + i] - max) / z;
                dy[o + i] = pr - (i == target[g] ? 1 : 0);
            }
            loss += -(y[o + target[g]] - max - StrictMath.log(z));
        }
        for (int s = 0; s < NSUB; s++) {
            double z = y[SUB_OFF + s];
            double t = gold.subjects().contains(Subject.values()[s]) ? 1 : 0;
            double pr = StMfaNet.sigmoid(z);
            dy[SUB_OFF + s] = pr - t;
            // log(1 + e^-|z|) form: stable for large |z|.
            loss += Math.max(z, 0) - z * t + StrictMath.log1p(StrictMath.exp(-Math.abs(z)));
        }
        assert dy.length == OUT;
        return loss;
    }
}
