package dev.longshot.plan;

/** Weather over the scene. */
public enum Weather implements VocabularyTerm {
    CLEAR,
    CLOUDY,
    FOG,
    RAIN,
    SNOW,
    STORM;

    /** The value whose {@link #id()} is {@code id}. */
    public static Weather fromId(String id) {
        return VocabularyTerm.fromId(values(), id);
    }
}
