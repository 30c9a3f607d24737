package dev.longshot.render;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import dev.longshot.catalog.CatalogKind;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers the renderer's entity-id buffer holds: one per catalog entry, in catalog order,
 * so a pixel says which entry it shows (a creature by species id, a thing by thing id, the
 * ground by its setting, the water by its water id). Index {@link #SKY} is the open sky —
 * every pixel nothing was drawn on; the catalog's own {@code sky} shares it. Index
 * {@link #UNKNOWN} marks geometry that stands for no entry. Immutable.
 */
public final class EntityIds {
    /** Pixels where nothing was drawn. */
    public static final int SKY = 0;
    /** Drawn geometry that stands for no catalog entry. */
    public static final int UNKNOWN = 1;
    /** The id of the previs tracking markers ({@link VfxMarkers}): numbered after the catalog. */
    public static final String MARKER = "vfx-marker";

    private final List<String> names;        // index → id
    private final Map<String, Integer> index; // id → index
    private final boolean[] moving;           // index → a creature or a vehicle

    private EntityIds(Catalog catalog) {
        List<String> n = new ArrayList<>();
        Map<String, Integer> i = new HashMap<>();
        n.add("sky");
        n.add("unknown");
        for (CatalogEntry e : catalog.entries()) if (!n.contains(e.id())) n.add(e.id());
        n.add(MARKER);
        for (int k = 0; k < n.size(); k++) i.put(n.get(k), k);
        this.names = List.copyOf(n);
        this.index = Map.copyOf(i);
        this.moving = new boolean[n.size()];
        for (CatalogEntry e : catalog.entries()) {
            moving[i.get(e.id())] |= e.kind() == CatalogKind.CREATURE
                    || "vehicle".equals(e.recipe().family());
        }
    }

    /** The ids of the bundled catalog. */
    public static EntityIds bundled() {
        return Bundled.IDS;
    }

    private static final class Bundled {
        static final EntityIds IDS = new EntityIds(Catalog.bundled());
    }

    /** How many numbers there are: every index is below this. */
    public int size() {
        return names.size();
    }

    /** The number of catalog id {@code id}, or {@link #UNKNOWN}. */
    public int of(String id) {
        Integer i = index.get(id);
        return i == null ? UNKNOWN : i;
    }

    /**
     * Whether number {@code i} stands for something that moves by itself (a creature, a
     * vehicle): its pixels move on screen by more than the camera's motion.
     */
    public boolean moving(int i) {
        return moving[i];
    }

    /** The catalog id of number {@code i}. */
    public String name(int i) {
        return names.get(i);
    }

    /**
     * The entry a prop stands for: its catalog thing, or for the scenery a setting grows by
     * itself (and a thing of a layout's own, a harbour's quay) the nearest thing of its kind
     * (a conifer is a pine, a broken column a column, a jungle's broad-crowned tree a tree,
     * a quay a pier), so no prop is drawn as "unknown".
     */
    int of(Prop p) {
        Integer own = index.get(p.thing());
        return own != null ? own : of(nearest(p.kind()));
    }

    /** The catalog thing nearest a kind of prop. */
    private static String nearest(PropKind kind) {
        return switch (kind) {
            case CONIFER, SNOWY_CONIFER -> "pine";
            case BROADLEAF, SHAPED_TREE -> "tree";
            case COLUMN, BROKEN_COLUMN, FALLEN_COLUMN -> "column";
            case WALL_RUIN -> "ruin";
            // A deck over water: a quay, a jetty.
            case SPAN -> "pier";
            // A railway's track on the ground: the way trains go, as a road is cars'.
            case RAIL -> "road";
            case STRUCTURE -> "tower";
            case LIGHT -> "lantern";
            case PLANT -> "tall-grass";
            case VEHICLE -> "car";
            default -> kind.id();
        };
    }

    /** Whether a prop of this kind is part of its setting's ground (lava, smoke). */
    static boolean ground(PropKind kind) {
        return kind == PropKind.LAVA_POOL || kind == PropKind.LAVA_FLOW
                || kind == PropKind.SMOKE;
    }
}
