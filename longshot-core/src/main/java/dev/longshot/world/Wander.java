package dev.longshot.world;

/**
 * Smooth deterministic noise over time, in [-1, 1]: the slowly changing whims (heading,
 * pace, pauses) of an individual or a group. Continuous in time, so what it drives changes
 * without jumps.
 */
public final class Wander {
    private Wander() {}

    /** Stream {@code layer} of {@code seed} at {@code seconds}, varying over {@code period}. */
    public static double at(long seed, int layer, double seconds, double period) {
        return new ValueNoise(seed).sample(seconds / period, layer + 0.5, layer);
    }

    /** A uniform number in [0, 1) from {@code seed} and {@code k}. */
    public static double unit(long seed, long k) {
        return (ValueNoise.mix(seed + k * 0x9E3779B97F4A7C15L) >>> 11) * 0x1.0p-53;
    }

    /** Horizontal unit vector of compass heading {@code deg} (0 north = -z, 90 east = +x). */
    public static Vec3 heading(double deg) {
        double r = StrictMath.toRadians(deg);
        return new Vec3(StrictMath.sin(r), 0, -StrictMath.cos(r));
    }

    /** Compass heading of the horizontal direction (x, z), degrees. */
    public static double headingOf(double x, double z) {
        return StrictMath.toDegrees(StrictMath.atan2(x, -z));
    }

    /** Signed smallest turn from {@code from} to {@code to}, degrees in [-180, 180). */
    public static double turn(double from, double to) {
        return ((to - from) % 360 + 540) % 360 - 180;
    }
}
