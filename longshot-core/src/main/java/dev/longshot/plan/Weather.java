package dev.longshot.plan;

/** Weather over the scene. */
public enum Weather implements VocabularyTerm {
    CLEAR("clear"),
    CLOUDY("cloudy"),
    FOG("fog"),
    RAIN("rain"),
    SNOW("snow"),
    STORM("storm");

    private final String id;

    Weather(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The value whose {@link #id()} is {@code id}. */
    public static Weather fromId(String id) {
        return VocabularyTerm.fromId(values(), id);
    }
}
