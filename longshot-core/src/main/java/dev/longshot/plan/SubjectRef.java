package dev.longshot.plan;

import java.util.Objects;

/**
 * A creature or person of the plan (format {@code longshot-plan/2}).
 *
 * @param id     catalog creature id ({@code elephant})
 * @param said   the words of the text that name it (and its count and action), as written
 * @param count  one, few, group or many; null only in a {@link LineReading}, when the line
 *               does not say how many (the memory keeps the count it had, else one)
 * @param action what the latest line had it do ({@code walk}), or null when never said
 */
public record SubjectRef(String id, String said, String count, String action) {
    public SubjectRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(said, "said");
    }

    /** This subject doing {@code newAction} (unchanged when null). */
    public SubjectRef withAction(String newAction) {
        return newAction == null ? this : new SubjectRef(id, said, count, newAction);
    }

    /** True when the line that gave this action takes the subject away. */
    public boolean leaving() {
        return "leave".equals(action);
    }
}
