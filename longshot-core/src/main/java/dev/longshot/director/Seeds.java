package dev.longshot.director;

/** Seeds split by purpose, so every random choice is reproducible (DESIGN.md rule 1). */
final class Seeds {
    private Seeds() {}

    /** The re-sampling seed of {@code attempt} at failed second {@code second}; never 0. */
    static long derive(long seed, int second, int attempt) {
        long z = mix(mix(seed ^ 0x6A09E667F3BCC909L) + second * 0x9E3779B97F4A7C15L + attempt);
        return z == 0 ? 1 : z;
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
