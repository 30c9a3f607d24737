package dev.longshot.audio;

import java.util.List;
import java.util.Map;

/**
 * Mixes the layers of one second: a gain per layer, ambience ducked under thunder, a loudness
 * gain that brings the whole programme to the target, and a true-peak limiter.
 *
 * <p>Why a programme gain rather than a fixed one or a short-window follower: a fixed gain
 * needs the whole video's loudness before its first second is written (a second pass or
 * whole-video buffers); a follower over the last seconds brings every scene to the target, so
 * a misty dawn is as loud as the storm after it, and misses it anyway where the limiter takes
 * off what the follower put on (measured: a calm sea's swell, −18.3 LUFS). The gain here is
 * the target less the gated loudness of the unscaled mix from the programme's start to this
 * second's end, so it settles as the programme goes on and later scenes keep their levels,
 * quiet or loud; two corrections from the output measured so far land the programme itself
 * (limiter included): the limiter's recent loss is put back, and what the output has missed
 * is made up over the next quarter as many seconds as have passed. A second louder than {@link
 * #HEADROOM_LU} above the target is turned down at once (a storm breaking after a quiet
 * start must not blare) and counts in the programme at the level it was given. Everything it
 * reads is a {@link MixState}, kept per second.
 */
final class Mixer {
    static final double MAX_BOOST_DB = 30;
    static final double MAX_CUT_DB = -30;
    /**
     * Limiter ceiling, dBFS of the estimated true peak: 2 dB below the −1 dBTP promise, the
     * margin AAC's round trip was measured to need (wildlife: −2 dB in, −0.9 dBTP decoded; a
     * storm with thunder: −2.5 dB in, −0.44 dBTP decoded).
     */
    static final double CEILING_DB = -3;
    private static final double DUCK_DEPTH = 0.55;
    /** How far above the target one second may come out before it is turned down at once. */
    static final double HEADROOM_LU = 4;
    /** Seconds to make up what the output has missed in, per second passed. */
    static final double CATCH_UP_HORIZON = 0.25;
    /** Bounds of the make-up for what the output has missed so far, dB. */
    static final double MAX_CATCH_UP_DB = 6;
    /** Most of the limiter's loss put back on, dB (it takes more as more is put on). */
    static final double MAX_LOSS_DB = 3;
    /** Weight of a second's limiter loss in the smoothed one. */
    private static final double LOSS_WEIGHT = 0.5;

    private static final Map<String, Double> GAINS = Map.of(
            "wind", 0.7, "rain", 0.9, "storm", 1.0, "water", 0.9, "city", 0.8,
            "nature", 1.0, "thunder", 1.0, "creatures", 1.2);

    private final double targetLufs;

    Mixer(double targetLufs) {
        this.targetLufs = targetLufs;
    }

    double targetLufs() {
        return targetLufs;
    }

    static double gainOf(String layer) {
        return GAINS.getOrDefault(layer, 1.0);
    }

    /**
     * The ambience gain of the second: an envelope follower on the stereo bus named {@code
     * thunder} among {@code buses}; null when there is none.
     */
    static float[] duckUnder(List<Layer> layers, List<Bus> buses, int rate) {
        for (int k = 0; k < layers.size(); k++) {
            if (layers.get(k).name().equals("thunder")) return duck(buses.get(k), rate);
        }
        return null;
    }

    /**
     * Sums the layers' buses (stereo or AmbiX, all alike), each by its gain; ambience times
     * {@code duck} (per sample; null: no ducking).
     */
    static Bus sum(List<Layer> layers, List<Bus> buses, float[] duck, int length) {
        Bus mix = new Bus(length, buses.get(0).count());
        for (int k = 0; k < layers.size(); k++) {
            Layer layer = layers.get(k);
            Bus b = buses.get(k);
            double g = gainOf(layer.name());
            if (layer.ambience() && duck != null) {
                for (int c = 0; c < mix.count(); c++) {
                    float[] to = mix.channels[c], from = b.channels[c];
                    for (int i = 0; i < length; i++) to[i] += (float) (from[i] * g * duck[i]);
                }
            } else {
                mix.mix(b, g);
            }
        }
        return mix;
    }

    /** Ambience gain under the events: an envelope follower (5 ms up, 400 ms down). */
    private static float[] duck(Bus events, int rate) {
        float[] g = new float[events.length()];
        double up = 1 - StrictMath.exp(-1.0 / (0.005 * rate));
        double down = 1 - StrictMath.exp(-1.0 / (0.4 * rate));
        double env = 0;
        for (int i = 0; i < g.length; i++) {
            double x = StrictMath.max(StrictMath.abs(events.left[i]),
                    StrictMath.abs(events.right[i]));
            env += (x - env) * (x > env ? up : down);
            g[i] = (float) (1 - DUCK_DEPTH * StrictMath.min(1, env * 3));
        }
        return g;
    }

    /**
     * The programme gain for a second, dB: the target less the loudness of the unscaled mix
     * {@code heard} from the start through this second, plus the limiter's recent loss and the
     * make-up for what the output so far has missed; bounded. The last second's gain when
     * nothing yet is above the absolute gate (0 dB at the start).
     */
    double gainDb(MixState before, ProgrammeLoudness heard) {
        double l = heard.integrated();
        if (Double.isNaN(l)) {
            return before.started() ? 20 * StrictMath.log10(before.endGain()) : 0;
        }
        double missed = before.output().integrated() - targetLufs;
        double db = targetLufs - l + before.limiterLoss()
                + (Double.isNaN(missed) ? 0 : catchUp(missed, before.seconds()));
        return StrictMath.max(MAX_CUT_DB, StrictMath.min(MAX_BOOST_DB, db));
    }

    /**
     * {@code db}, turned down so that this second alone ({@code current}, its unscaled
     * sub-blocks) comes out at most {@link #HEADROOM_LU} above the target.
     */
    double turnedDown(double db, double[] current) {
        double now = Loudness.integrated(List.of(current));
        if (Double.isNaN(now)) return db;
        return StrictMath.max(MAX_CUT_DB, StrictMath.min(db, targetLufs + HEADROOM_LU - now));
    }

    /** Sub-blocks (mean squares) scaled by {@code db}. */
    static double[] scaled(double[] blocks, double db) {
        double k = StrictMath.pow(10, db / 10);
        double[] out = new double[blocks.length];
        for (int i = 0; i < out.length; i++) out[i] = blocks[i] * k;
        return out;
    }

    /**
     * The level, LU from the target, at which {@link #CATCH_UP_HORIZON} times as many seconds
     * as the {@code seconds} passed bring a programme that is {@code offset} LU from it onto it
     * (loudness adds as energy); bounded.
     */
    static double catchUp(double offset, int seconds) {
        // At least a second: a shorter horizon would overshoot, and the next one overshoot back.
        // Twice as long to come down: a cut drops quiet seconds under the relative gate, where
        // they stop counting, so it acts on the loud ones alone (wildlife fell to -17.1 LUFS).
        double horizon = offset > 0 ? 2 * CATCH_UP_HORIZON : CATCH_UP_HORIZON;
        double k = StrictMath.max(horizon, 1.0 / seconds);
        double need = (1 + k - StrictMath.pow(10, offset / 10)) / k;
        double floor = StrictMath.pow(10, -MAX_CATCH_UP_DB / 10);
        if (need <= floor) return -MAX_CATCH_UP_DB;
        return StrictMath.min(MAX_CATCH_UP_DB, 10 * StrictMath.log10(need));
    }

    /**
     * The smoothed limiter loss after a second whose stereo sub-blocks measured {@code before}
     * and {@code after} the limiter.
     */
    static double limiterLoss(double previous, double[] before, double[] after) {
        double in = Loudness.integrated(List.of(before));
        double out = Loudness.integrated(List.of(after));
        if (Double.isNaN(in) || Double.isNaN(out)) return previous;
        double loss = StrictMath.max(0, StrictMath.min(MAX_LOSS_DB, in - out));
        return previous + (loss - previous) * LOSS_WEIGHT;
    }

    /**
     * Scales each bus by a gain moving linearly from {@code from} to {@code to} in the first
     * 250 ms (the same bus twice is scaled once).
     */
    static void ramp(Bus mix, Bus also, double from, double to) {
        int n = mix.length();
        int span = StrictMath.max(1, n / 4);
        Bus[] buses = also == mix ? new Bus[] {mix} : new Bus[] {mix, also};
        for (int i = 0; i < n; i++) {
            double g = from + (to - from) * StrictMath.min(1.0, (i + 1) / (double) span);
            for (Bus b : buses) {
                for (float[] ch : b.channels) ch[i] = (float) (ch[i] * g);
            }
        }
    }

    /**
     * Limits {@code mix} and converts it to interleaved 16-bit PCM (its channels in order);
     * {@code also} gets the same limiter gains (the stereo beside an AmbiX mix, to be measured).
     * Returns the limiter's end gain.
     */
    static double toPcm(Bus mix, Bus also, double limitFrom, int rate, short[] out) {
        double end = Limiter.apply(mix, also, StrictMath.pow(10, CEILING_DB / 20), limitFrom,
                rate);
        int n = mix.count();
        for (int c = 0; c < n; c++) {
            float[] ch = mix.channels[c];
            for (int i = 0; i < ch.length; i++) out[n * i + c] = pcm(ch[i]);
        }
        return end;
    }

    private static short pcm(float x) {
        long v = StrictMath.round(x * 32767.0);
        return (short) StrictMath.max(-32768, StrictMath.min(32767, v));
    }
}
