package dev.longshot.audio;

/**
 * Counter-based noise: sample n of stream s is a hash of (seed, s, n), so any stretch of it can
 * be made again without state — which is what lets a rolled-back second sound exactly as a
 * first run would, and a filter be warmed up on the samples before a second.
 */
final class Noise {
    private Noise() {}

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A stream key from a seed and a purpose. */
    static long key(long seed, long purpose) {
        return mix(mix(seed ^ 0x534F554E44L) + purpose * 0x9E3779B97F4A7C15L);
    }

    /** Uniform in [0, 1) from the top 53 bits of a hash. */
    static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    /** White noise in [-1, 1) at sample {@code n} of stream {@code key}. */
    static double white(long key, long n) {
        return unit(mix(key + n * 0xD1B54A32D192ED03L)) * 2 - 1;
    }

    /**
     * {@code length} samples of stream {@code key} from sample {@code from}, through
     * {@code filter} (reset, then run over {@code warm} samples before {@code from}, so the
     * output continues the previous second's to within rounding).
     */
    static float[] filtered(long key, long from, int length, Biquad filter, int warm) {
        filter.reset();
        for (long n = from - warm; n < from; n++) filter.next(white(key, n));
        float[] out = new float[length];
        for (int i = 0; i < length; i++) out[i] = (float) filter.next(white(key, from + i));
        return out;
    }

    /** Smooth value noise in [0, 1) of time {@code seconds}, knots every {@code period} s. */
    static double slow(long key, double seconds, double period) {
        double x = seconds / period;
        long k = (long) StrictMath.floor(x);
        double t = x - k;
        t = t * t * (3 - 2 * t);
        double a = unit(mix(key + k)), b = unit(mix(key + k + 1));
        return a + (b - a) * t;
    }
}
