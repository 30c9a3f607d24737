package dev.longshot.world;

/**
 * Deterministic 2-D value noise with fractal octaves. Pure integer hashing and arithmetic,
 * so the same seed gives the same heights on every machine.
 */
public final class ValueNoise {
    private final long seed;

    public ValueNoise(long seed) {
        this.seed = seed;
    }

    /** Fractal sum of {@code octaves} layers, roughly in [-1, 1]. */
    public double fractal(double x, double z, int octaves) {
        double sum = 0;
        double amplitude = 1;
        double norm = 0;
        double fx = x;
        double fz = z;
        for (int i = 0; i < octaves; i++) {
            sum += amplitude * sample(fx, fz, i);
            norm += amplitude;
            amplitude *= 0.5;
            fx *= 2.03;
            fz *= 2.03;
        }
        return sum / norm;
    }

    /** One octave: smooth interpolation between hashed lattice values in [-1, 1]. */
    public double sample(double x, double z, int layer) {
        // Math.floor is exact like StrictMath's (no rounding to differ), and an intrinsic.
        double fx = Math.floor(x);
        double fz = Math.floor(z);
        long ix = (long) fx;
        long iz = (long) fz;
        double tx = smooth(x - fx);
        double tz = smooth(z - fz);
        double a = lattice(ix, iz, layer);
        double b = lattice(ix + 1, iz, layer);
        double c = lattice(ix, iz + 1, layer);
        double d = lattice(ix + 1, iz + 1, layer);
        double top = a + (b - a) * tx;
        double bottom = c + (d - c) * tx;
        return top + (bottom - top) * tz;
    }

    private double lattice(long ix, long iz, int layer) {
        long h = mix(seed ^ (ix * 0x9E3779B97F4A7C15L) ^ (iz * 0xC2B2AE3D27D4EB4FL) ^ layer);
        return ((h >>> 11) * 0x1.0p-53) * 2 - 1;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    /** Uniform in [0, 1) from the top 53 bits of a hash. */
    public static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64 finaliser. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
