package dev.longshot.validate;

import java.util.List;

/**
 * Checks one of the world's rules. Sees every frame in order ({@code previous} is null for
 * the first frame of the run); rules decided per second or per scene report on the last frame
 * of each second ({@link Observation#endsSecond()}). Validators may remember things between
 * frames; {@link #checkpoint()} / {@link #restore} let the director roll them back exactly
 * together with the world and the memory.
 */
public interface Validator {
    /** Short rule name used in logs. */
    String rule();

    /** When the rule is decided. */
    Schedule schedule();

    /** The violations of this rule found at {@code current}; empty if none. */
    List<Violation> check(Observation previous, Observation current);

    /** An immutable copy of what this validator remembers (null when it remembers nothing). */
    default Object checkpoint() {
        return null;
    }

    /** Returns to a state taken by {@link #checkpoint()}. */
    default void restore(Object state) {}
}
