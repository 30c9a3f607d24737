package dev.longshot.plan;

/** Where the scene takes place (DESIGN.md vocabulary). */
public enum Setting implements VocabularyTerm {
    FOREST,
    GRASSLAND,
    MOUNTAINS,
    VALLEY,
    CANYON,
    DESERT,
    SNOWFIELD,
    VOLCANO,
    COAST,
    VILLAGE,
    CITY,
    ANCIENT_CITY,
    SKY;

    /** The value whose {@link #id()} is {@code id}. */
    public static Setting fromId(String id) {
        return VocabularyTerm.fromId(values(), id);
    }
}
