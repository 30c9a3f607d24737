package dev.longshot.catalog;

import java.util.Locale;

/** What an entry of the catalog is; the plan puts each kind under its own key. */
public enum CatalogKind {
    SETTING,
    STYLE,
    WATER,
    TIME,
    WEATHER,
    SKY,
    CREATURE,
    THING,
    /** Camera and editing terms; {@link CatalogEntry#sub()} says which (move, size, angle…). */
    SHOT;

    /** Sub-kinds of {@link #SHOT}, in the order the plan's camera object lists them. */
    public static final java.util.List<String> SHOT_SUBS = java.util.List.of(
            "move", "size", "angle", "support", "lens", "speed", "focus", "transition");

    /** Lower-case name used in the catalog file and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code id}; the error lists the valid ones. */
    public static CatalogKind fromId(String id) {
        for (CatalogKind k : values()) {
            if (k.id().equals(id)) return k;
        }
        throw new IllegalArgumentException("unknown kind '" + id + "' (valid kinds: "
                + validIds() + ")");
    }

    /** Every kind's id, comma-separated, for messages. */
    public static String validIds() {
        StringBuilder s = new StringBuilder();
        for (CatalogKind k : values()) s.append(s.isEmpty() ? "" : ", ").append(k.id());
        return s.toString();
    }
}
