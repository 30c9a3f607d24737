package dev.longshot.world.scenery;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import java.util.List;

/**
 * The catalog's setting and water ids as the world builds them. Each setting id has a
 * <em>base</em>: the older setting whose relief, roads, water shape and sounds it shares (a
 * savanna is open grassland, a harbour a coast, a town a village, farmland open fields, a
 * jungle a forest); its own ground colours and layout are chosen by its id. A pond is a
 * small lake. Ids the world does not know are built as a forest, and water it does not know
 * as none, so a newer plan still gets a place.
 */
public final class PlaceIds {
    /** Every setting id the world builds, the old vocabulary's first (its index seeds it). */
    static final List<String> SETTINGS = List.of("forest", "grassland", "mountains", "valley",
            "canyon", "desert", "snowfield", "volcano", "coast", "village", "city",
            "ancient-city", "sky", "savanna", "harbour", "town", "farmland", "jungle");

    private PlaceIds() {}

    /** The older setting whose ground, roads and sounds setting {@code id} builds on. */
    public static Setting base(String id) {
        return switch (id) {
            case "savanna", "farmland" -> Setting.GRASSLAND;
            case "harbour" -> Setting.COAST;
            case "town" -> Setting.VILLAGE;
            case "jungle" -> Setting.FOREST;
            default -> {
                for (Setting s : Setting.values()) if (s.id().equals(id)) yield s;
                yield Setting.FOREST;
            }
        };
    }

    /**
     * A number per setting id for seeding its place: the old settings keep theirs (so their
     * places stay as they were), the new ones follow.
     */
    public static int index(String id) {
        int k = SETTINGS.indexOf(id);
        return k >= 0 ? k : SETTINGS.size() + Math.floorMod(id.hashCode(), 1000);
    }

    /** The water body water id {@code id} is shaped as (a pond as a lake, smaller). */
    public static Water water(String id) {
        if (id == null) return Water.NONE;
        if (id.equals("pond")) return Water.LAKE;
        for (Water w : Water.values()) if (w.id().equals(id)) return w;
        return Water.NONE;
    }
}
