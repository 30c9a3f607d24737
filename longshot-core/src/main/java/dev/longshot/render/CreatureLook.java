package dev.longshot.render;

import dev.longshot.catalog.CatalogRecipe;
import java.util.List;

/** Reading a creature recipe's looks: colours from its palette, names of its parts. */
final class CreatureLook {
    private CreatureLook() {}

    /** Colour {@code k} of the recipe's palette (the last one when it has fewer). */
    static int colour(CatalogRecipe r, int k, int otherwise) {
        if (!(r.params().get("palette") instanceof List<?> l) || l.isEmpty()) return otherwise;
        Object c = l.get(StrictMath.min(k, l.size() - 1));
        return c instanceof String s ? hex(s, otherwise) : otherwise;
    }

    /** How many colours the palette holds. */
    static int colours(CatalogRecipe r) {
        return r.params().get("palette") instanceof List<?> l ? l.size() : 0;
    }

    /** One of the recipe's listed colours under {@code key}, chosen by {@code unit} (0 … 1). */
    static int pick(CatalogRecipe r, String key, double unit, int otherwise) {
        if (!(r.params().get(key) instanceof List<?> l) || l.isEmpty()) return otherwise;
        Object c = l.get((int) (unit * l.size()));
        return c instanceof String s ? hex(s, otherwise) : otherwise;
    }

    /** A {@code #rrggbb} colour. */
    static int hex(String s, int otherwise) {
        if (s.length() != 7 || s.charAt(0) != '#') return otherwise;
        try {
            return Integer.parseInt(s.substring(1), 16);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** True when the recipe says {@code key: true}. */
    static boolean flag(CatalogRecipe r, String key) {
        return Boolean.TRUE.equals(r.params().get(key));
    }

    /** Halfway to black and a quarter more: a shade of the same colour. */
    static int darker(int rgb) {
        return ((rgb >> 1) & 0x7F7F7F) + ((rgb >> 2) & 0x3F3F3F);
    }
}
