package dev.longshot.validate;

import dev.longshot.world.Timecode;

/**
 * A broken rule.
 *
 * @param rule      which rule (e.g. {@code camera-continuity})
 * @param time      frame where it broke
 * @param subject   what broke it (e.g. {@code camera}, {@code deer#2})
 * @param magnitude how far off, in the rule's unit
 * @param tolerance the allowed amount, same unit
 */
public record Violation(String rule, Timecode time, String subject, double magnitude,
        double tolerance) {
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s at %s: %s %.3f > %.3f",
                rule, time, subject, magnitude, tolerance);
    }
}
