package dev.longshot.plan;

/** Body of water in the scene. */
public enum Water implements VocabularyTerm {
    NONE("none"),
    STREAM("stream"),
    RIVER("river"),
    LAKE("lake"),
    SEA("sea");

    private final String id;

    Water(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The value whose {@link #id()} is {@code id}. */
    public static Water fromId(String id) {
        return VocabularyTerm.fromId(values(), id);
    }
}
