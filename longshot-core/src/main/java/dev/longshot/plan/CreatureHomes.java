package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogKind;
import java.util.Map;

/**
 * The setting a reader pictures for a creature when no place is named ({@code homes.tsv}):
 * elephants on the savanna, camels in the desert, cows on farmland.
 */
public final class CreatureHomes {
    private static final Map<String, String> HOMES = checked(BundledTable.map("homes.tsv"));

    private CreatureHomes() {}

    /** The home of creature {@code id}, or null for creatures found anywhere. */
    public static String of(String id) {
        return HOMES.get(id);
    }

    private static Map<String, String> checked(Map<String, String> homes) {
        Catalog c = Catalog.bundled();
        homes.forEach((creature, setting) -> {
            if (c.byId(creature).filter(e -> e.kind() == CatalogKind.CREATURE).isEmpty()
                    || c.byId(setting).filter(e -> e.kind() == CatalogKind.SETTING).isEmpty()) {
                throw new IllegalStateException("homes.tsv: " + creature + " → " + setting
                        + " is not a creature and a setting of the catalog");
            }
        });
        return homes;
    }
}
