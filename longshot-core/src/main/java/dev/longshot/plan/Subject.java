package dev.longshot.plan;

/** Creatures and people the scene can show. */
public enum Subject implements VocabularyTerm {
    DEER("deer"),
    EAGLE("eagle"),
    BIRD("bird"),
    HORSE("horse"),
    WOLF("wolf"),
    BEAR("bear"),
    FISH("fish"),
    SHEEP("sheep"),
    PERSON("person"),
    CROWD("crowd"),
    SOLDIER("soldier");

    private final String id;

    Subject(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The value whose {@link #id()} is {@code id}. */
    public static Subject fromId(String id) {
        return VocabularyTerm.fromId(values(), id);
    }
}
