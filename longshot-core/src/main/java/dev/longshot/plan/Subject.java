package dev.longshot.plan;

/** Creatures and people the scene can show. */
public enum Subject implements VocabularyTerm {
    DEER,
    EAGLE,
    BIRD,
    HORSE,
    WOLF,
    BEAR,
    FISH,
    SHEEP,
    PERSON,
    CROWD,
    SOLDIER;

    /** The value whose {@link #id()} is {@code id}. */
    public static Subject fromId(String id) {
        return VocabularyTerm.fromId(values(), id);
    }
}
