package dev.longshot.world.scenery;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import dev.longshot.catalog.CatalogKind;
import dev.longshot.catalog.CatalogRecipe;
import java.util.Optional;

/**
 * The catalog's thing entries as the world reads them: the recipe of an id (its family —
 * vehicle, structure, light, tree, plant, rock, water-feature — and parameters such as a
 * vehicle's route, size and speed), so placing and drawing a thing is data, not a class.
 */
public final class Things {
    private static final CatalogRecipe NONE = new CatalogRecipe("none", java.util.Map.of());

    private Things() {}

    /** The recipe of thing {@code id}, or a recipe of family {@code none} when unknown. */
    public static CatalogRecipe recipe(String id) {
        Optional<CatalogEntry> e = Catalog.bundled().byId(id);
        return e.filter(x -> x.kind() == CatalogKind.THING).map(CatalogEntry::recipe)
                .orElse(NONE);
    }

    /**
     * Whether {@code id} is a state of the ground (mud) rather than a thing placed on it: it
     * changes how the ground already there looks, it builds no new place.
     */
    public static boolean groundState(String id) {
        return recipe(id).family().equals("ground-state");
    }

    /** Where vehicle {@code id} goes: road, rail, water or air ("" when not a vehicle). */
    public static String route(String id) {
        return recipe(id).text("route", "");
    }

    /** Length of vehicle {@code id} along its way, metres. */
    public static double length(String id) {
        return recipe(id).number("size", 4);
    }

    /** Cruising speed of vehicle {@code id}, metres a second. */
    public static double speed(String id) {
        return recipe(id).number("speed", 6);
    }
}
