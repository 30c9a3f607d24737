package dev.longshot.validate;

import dev.longshot.world.Timecode;

/**
 * A broken rule.
 *
 * @param rule      which rule (e.g. {@code camera-continuity})
 * @param time      frame where it broke (the last frame of the second for per-second rules)
 * @param subject   what broke it (e.g. {@code camera}, {@code deer#2}, {@code sun}, {@code frame})
 * @param quantity  what was measured (e.g. {@code speed}, {@code depth below ground})
 * @param magnitude how far off, in the rule's unit
 * @param tolerance the allowed amount, same unit
 */
public record Violation(String rule, Timecode time, String subject, String quantity,
        double magnitude, double tolerance) {
    /** How many tolerances over: 1 is just at the limit. */
    public double excess() {
        return tolerance > 0 ? magnitude / tolerance : Double.POSITIVE_INFINITY;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s at %s: %s %s %.3f > %.3f",
                rule, time, subject, quantity, magnitude, tolerance);
    }
}
