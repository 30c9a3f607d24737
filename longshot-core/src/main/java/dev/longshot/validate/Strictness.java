package dev.longshot.validate;

/**
 * The one knob of every tolerance. Each rule states its tolerance at strictness 1 (the
 * physical limit); lower strictness multiplies it by {@code 2 - strictness}, so 0 allows
 * twice as much and the default 0.7 allows 1.3×.
 */
public final class Strictness {
    public static final double DEFAULT = 0.7;

    private Strictness() {}

    /** The factor tolerances are multiplied by: 1 at strictness 1 … 2 at strictness 0. */
    public static double slack(double strictness) {
        if (!(strictness >= 0 && strictness <= 1)) {
            throw new IllegalArgumentException("strictness must be in [0, 1]: " + strictness);
        }
        return 2 - strictness;
    }
}
