package dev.longshot.plan;

/** Time of day; the sun follows it continuously. */
public enum TimeOfDay implements VocabularyTerm {
    DAWN("dawn"),
    MORNING("morning"),
    NOON("noon"),
    AFTERNOON("afternoon"),
    DUSK("dusk"),
    NIGHT("night");

    private final String id;

    TimeOfDay(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The value whose {@link #id()} is {@code id}. */
    public static TimeOfDay fromId(String id) {
        return VocabularyTerm.fromId(values(), id);
    }
}
