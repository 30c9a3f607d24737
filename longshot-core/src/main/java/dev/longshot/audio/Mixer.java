package dev.longshot.audio;

import java.util.List;
import java.util.Map;

/**
 * Mixes the layers of one second: a gain per layer, ambience ducked under thunder, a slow
 * loudness follower towards the target, and a true-peak limiter.
 *
 * <p>Why a follower rather than a fixed gain: a fixed gain needs the whole video's loudness
 * before its first second is written (a second pass or whole-video buffers). The follower
 * measures the unscaled mix's gated BS.1770 loudness over the last {@link #WINDOW_SECONDS}
 * seconds (this one included: the second is whole before it is scaled) and moves the gain
 * linearly, over the second's first 250 ms, from where the last second left it. Over a scene
 * the integrated loudness settles on the target; the gain is bounded, so near-silence is not
 * pumped up into hiss. Everything it reads is in the {@link SoundHistory}, keyed by second.
 */
final class Mixer {
    static final int WINDOW_SECONDS = 8;
    static final double MAX_BOOST_DB = 30;
    static final double MAX_CUT_DB = -30;
    /**
     * Limiter ceiling, dBFS of the estimated true peak: 1.5 dB below the −1 dBTP promise, the
     * margin AAC's round trip was measured to need (wildlife: −2 dB in, −0.9 dBTP decoded).
     */
    static final double CEILING_DB = -2.5;
    private static final double DUCK_DEPTH = 0.55;

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
     * The loudness gain (linear) for a second: the window's loudness sets it, but a second
     * more than 3 LU louder than its window is turned down at once (slow to boost, quick to
     * cut — a storm breaking must not blare for seconds). {@code fallback} when all is silent.
     */
    double gainFor(List<double[]> window, double[] current, double fallback) {
        double l = Loudness.integrated(window);
        double now = Loudness.integrated(List.of(current));
        if (!Double.isNaN(now) && (Double.isNaN(l) || now - 3 > l)) l = now - 3;
        if (Double.isNaN(l)) return fallback;
        double db = StrictMath.max(MAX_CUT_DB, StrictMath.min(MAX_BOOST_DB, targetLufs - l));
        return StrictMath.pow(10, db / 20);
    }

    /** Scales by a gain moving linearly from {@code from} to {@code to} in the first 250 ms. */
    static void ramp(Bus mix, double from, double to) {
        int n = mix.length();
        int span = StrictMath.max(1, n / 4);
        for (int i = 0; i < n; i++) {
            double g = from + (to - from) * StrictMath.min(1.0, (i + 1) / (double) span);
            for (float[] ch : mix.channels) ch[i] = (float) (ch[i] * g);
        }
    }

    /** Limits and converts to interleaved 16-bit PCM (the bus's channels in order); returns the limiter's end gain. */
    static double toPcm(Bus mix, double limitFrom, int rate, short[] out) {
        double end = Limiter.apply(mix, StrictMath.pow(10, CEILING_DB / 20), limitFrom, rate);
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
