package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import java.util.Set;

/** The water a named place brings with it, whichever place ends up as the line's setting. */
final class WaterOfPlace {
    private static final Set<String> OASIS = Set.of("oasis", "绿洲");

    private WaterOfPlace() {
    }

    /**
     * The water of a place: the sea by a coast or a harbour, the pool of an oasis; null when the
     * place brings none.
     *
     * @param setting the catalog setting id the word names
     * @param said    the word as written
     */
    static String of(String setting, String said) {
        if (bySea(setting)) return "sea";
        if (OASIS.contains(Catalog.normalize(said))) return "pond";
        return null;
    }

    /** Whether a place of this setting stands by the sea: a coast or a harbour. */
    static boolean bySea(String setting) {
        return setting.equals("coast") || setting.equals("harbour");
    }
}
