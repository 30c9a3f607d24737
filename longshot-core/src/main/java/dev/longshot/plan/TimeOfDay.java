package dev.longshot.plan;

/** Time of day; the sun follows it continuously. */
public enum TimeOfDay implements VocabularyTerm {
    DAWN,
    MORNING,
    NOON,
    AFTERNOON,
    DUSK,
    NIGHT;

    /** The value whose {@link #id()} is {@code id}. */
    public static TimeOfDay fromId(String id) {
        return VocabularyTerm.fromId(values(), id);
    }
}
