package dev.longshot.plan;

/** Body of water in the scene. */
public enum Water implements VocabularyTerm {
    NONE,
    STREAM,
    RIVER,
    LAKE,
    SEA;

    /** The value whose {@link #id()} is {@code id}. */
    public static Water fromId(String id) {
        return VocabularyTerm.fromId(values(), id);
    }
}
