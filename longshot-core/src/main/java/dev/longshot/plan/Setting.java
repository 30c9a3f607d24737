package dev.longshot.plan;

/** Where the scene takes place (DESIGN.md vocabulary). */
public enum Setting implements VocabularyTerm {
    FOREST("forest"),
    GRASSLAND("grassland"),
    MOUNTAINS("mountains"),
    VALLEY("valley"),
    CANYON("canyon"),
    DESERT("desert"),
    SNOWFIELD("snowfield"),
    VOLCANO("volcano"),
    COAST("coast"),
    VILLAGE("village"),
    CITY("city"),
    ANCIENT_CITY("ancient-city"),
    SKY("sky");

    private final String id;

    Setting(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The value whose {@link #id()} is {@code id}. */
    public static Setting fromId(String id) {
        return VocabularyTerm.fromId(values(), id);
    }
}
