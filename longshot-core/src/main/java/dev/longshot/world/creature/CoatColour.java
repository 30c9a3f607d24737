package dev.longshot.world.creature;

import dev.longshot.catalog.CatalogRecipe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The coat a line gives a creature by a colour word in what names it (the plan's
 * {@code said}: "black cat", 黑猫): that colour as the first of its species' palette, so a
 * black cat is drawn black and a white one white. Without a colour word the species keeps its
 * catalog palette.
 */
public final class CoatColour {
    /** The recipe key a tinted species carries its coat under, "#rrggbb". */
    public static final String KEY = "coat";

    private static final Map<String, String> WORDS = words();

    private CoatColour() {}

    private static Map<String, String> words() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "#1c1a1a", "black", "黑色", "黑");
        put(m, "#ece8e0", "white", "白色", "白");
        put(m, "#7c7a78", "grey", "gray", "银色");
        put(m, "#e8e4dc", "silver");
        put(m, "#b0482a", "red", "红色", "红");
        put(m, "#c8782a", "orange", "ginger", "橙色", "橙");
        put(m, "#c8a040", "golden", "gold", "金色");
        put(m, "#d8c040", "yellow", "黄色", "黄");
        put(m, "#5a4030", "brown", "棕色");
        return m;
    }

    private static void put(Map<String, String> m, String rgb, String... words) {
        for (String w : words) m.put(w, rgb);
    }

    /** The coat "#rrggbb" a colour word of {@code said} gives, or null when it has none. */
    public static String of(String said) {
        if (said == null) return null;
        String s = said.toLowerCase(Locale.ROOT);
        for (String w : s.split("[\\s,]+")) {
            if (WORDS.containsKey(w)) return WORDS.get(w);
        }
        // Chinese: the colour stands before the noun, in one run of characters (黑猫, 白色的马).
        for (Map.Entry<String, String> e : WORDS.entrySet()) {
            String w = e.getKey();
            if (Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.HAN
                    && s.startsWith(w)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** {@code s} in coat {@code rgb} ("#rrggbb"), or {@code s} itself when {@code rgb} is null. */
    public static Species tinted(Species s, String rgb) {
        if (rgb == null || s.recipe().params().get(KEY) != null) return s;
        Map<String, Object> params = new LinkedHashMap<>(s.recipe().params());
        List<Object> palette = new ArrayList<>();
        palette.add(rgb);
        if (params.get("palette") instanceof List<?> l && l.size() > 1) {
            palette.addAll(l.subList(1, l.size()));
        }
        params.put("palette", palette);
        params.remove("coats");   // one coat, the one said
        params.put(KEY, rgb);
        return new Species(s.id(), s.rank(), s.family(), s.traits(), s.behaviour(),
                s.nearWater(), s.sizeSpread(), s.eyeHeight(),
                new CatalogRecipe(s.recipe().family(), params), s.mount());
    }
}
