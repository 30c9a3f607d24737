package dev.longshot.plan;

/**
 * How a new scene replaces the one before: a {@code cut} (at once), a {@code dissolve} (the
 * two pictures cross-fade over about a second) or a {@code morph} (the place itself changes
 * over several seconds: its ground, colours and things blend into the new setting's).
 */
public enum Transition implements VocabularyTerm {
    CUT,
    DISSOLVE,
    MORPH;

    /** The value whose {@link #id()} is {@code id}. */
    public static Transition fromId(String id) {
        return VocabularyTerm.fromId(values(), id);
    }
}
