package dev.longshot.plan;

/** A value of the scene vocabulary, named in JSON and on the command line by its {@link #id()}. */
public interface VocabularyTerm {
    /** The enum constant's name; implemented by every enum. */
    String name();

    /** Lower-case, hyphenated name used in {@code plan --json}: ANCIENT_CITY is ancient-city. */
    default String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Looks a value up by id; the error lists the accepted ids. */
    static <E extends Enum<E> & VocabularyTerm> E fromId(E[] values, String id) {
        for (E value : values) {
            if (value.id().equals(id)) return value;
        }
        StringBuilder known = new StringBuilder();
        for (E value : values) known.append(known.isEmpty() ? "" : ", ").append(value.id());
        throw new IllegalArgumentException("unknown value '" + id + "' (expected one of: " + known + ")");
    }
}
