package dev.longshot.world.scenery;

import dev.longshot.catalog.CatalogRecipe;
import dev.longshot.plan.Setting;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;

/**
 * Puts the things a request names into the place, each by its catalog family: vehicles on
 * the place's road ({@link Roads}), its railway ({@link Railway}), on its water or in its
 * air; structures, lights and trees in the view north of the spawn point; a bridge across
 * the water there, a pier into it.
 * Sizes come from the recipe; where a thing needs what the place lacks (a boat and no water)
 * it is left out.
 */
final class ThingLayout {
    private ThingLayout() {}

    /**
     * Places each of {@code things}, seeded by its place in the list; piers and bridges first,
     * so the boats sail clear of them; flags last, so they fly from what stands.
     */
    static void place(Placement at, java.util.List<String> things) {
        for (int pass = 0; pass < 3; pass++) {
            for (int k = 0; k < things.size(); k++) {
                String id = things.get(k);
                if (pass(id) == pass) place(at, id, k);
            }
        }
    }

    private static int pass(String id) {
        return StyleDressing.span(id) ? 0 : id.equals("flag") ? 2 : 1;
    }

    private static void place(Placement at, String id, int k) {
        long h = Placement.hash(at.terrain().seed() ^ 0x7A1E5L, k, id.hashCode());
        CatalogRecipe r = Things.recipe(id);
        switch (r.family()) {
            case "vehicle" -> vehicles(at, id, r, h);
            case "structure" -> {
                // A water town's rows are its houses and shops: none scattered beside them.
                if (!(at.waterTown() && WaterTownLayout.builds(id))) {
                    StructureLayout.place(at, id, r, h);
                }
            }
            case "light" -> lights(at, id, h);
            case "tree" -> trees(at, id, r, h);
            case "plant" -> {
                // Farmland grows its crops field by field already.
                boolean grown = id.equals("crops")
                        && at.terrain().request().setting().equals("farmland");
                if (!grown) spread(at, PropKind.PLANT, id, 90, 5, 70, 1.6, h);
            }
            case "rock" -> spread(at, PropKind.ROCK, "rock", 30, 12, 160, 2.5, h);
            case "water-feature" -> waterfall(at, id, r, h);
            default -> { }
        }
    }

    /** Width and height of a vehicle from its recipe (length is its {@code size}). */
    private static void vehicles(Placement at, String id, CatalogRecipe r, long h) {
        double len = r.number("size", 4);
        double w = r.number("width", len * 0.4), tall = r.number("height", 1.6);
        int count = (int) r.number("count", len > 30 ? 1 : len > 6 ? 2 : 3);
        Terrain t = at.terrain();
        for (int i = 0; i < count; i++) {
            long v = Placement.hash(h, i, 1);
            switch (r.text("route", "road")) {
                case "water" -> {
                    double radius = VehicleMotion.loopRadius(
                            new Prop(PropKind.VEHICLE, 0, 0, 0, 0, 0, w, len, tall, v, 0));
                    double[] spot = at.waterTown() ? WaterTownLayout.boatLoop(at, radius, i)
                            : Roads.waterLoop(at, radius, v);
                    if (spot != null) at.placeAt(PropKind.VEHICLE, id, at.style(), spot[0],
                            t.waterLevel(), spot[1], spot[2], w, len, tall, v);
                }
                case "air" -> {
                    double lift = id.equals("plane") ? 220 : id.equals("balloon") ? 45 : 60;
                    double x = at.spawn().x() + (Placement.unit(v) - 0.5) * 160;
                    double z = at.spawn().z() - 120 - 200 * Placement.unit(Placement.hash(v, 2, 0));
                    double yaw = id.equals("plane") ? 90
                            : 360 * Placement.unit(Placement.hash(v, 3, 0));
                    at.placeAt(PropKind.VEHICLE, id, at.style(), x,
                            t.heightAt(x, z) + lift + 25 * i, z, yaw, w, len, tall, v);
                }
                case "rail" -> {
                    // On its railway, wheels on the rails: Railway laid one for it.
                    Railway.Line line = at.railway();
                    if (line != null) at.placeAt(PropKind.VEHICLE, id, at.style(), line.x(),
                            line.level(), line.z(), 90, w, len, tall, v);
                }
                default -> {
                    Roads.Lane lane = Roads.lane(t, at.spawn(), i, len);
                    at.placeAt(PropKind.VEHICLE, id, at.style(), lane.x(),
                            t.heightAt(lane.x(), lane.z()), lane.z(), lane.yawDeg(), w, len,
                            tall, v);
                }
            }
        }
    }

    private static void lights(Placement at, String id, long h) {
        Terrain t = at.terrain();
        switch (id) {
            case "campfire" -> {
                // One ahead as before, then a few more about the view: "campfires across
                // the valley" are a camp's worth, not one.
                at.place(PropKind.LIGHT, id, at.style(), at.spawn().x() + 4,
                        at.spawn().z() - 30, 0, 1.6, 1.6, 1.2, h);
                for (int k = 0, placed = 0; k < 24 && placed < 5; k++) {
                    long v = Placement.hash(h, k, 8);
                    double[] p = Roads.inView(at.spawn(), v, 16, 75, 30);
                    if (at.place(PropKind.LIGHT, id, at.style(), p[0], p[1], 0, 2.4, 2.4, 1.6,
                            v)) placed++;
                }
            }
            case "street-lamp", "lantern" -> {
                double step = id.equals("lantern") ? 9 : 18;
                if (at.waterTown()) {
                    underTheEaves(at, id, step, h);
                    return;
                }
                for (int k = 0; k < 16; k++) {
                    Vec3 side = Roads.roadside(t, at.spawn(), k, step);
                    at.place(PropKind.LIGHT, id, at.style(), side.x(), side.z(), 0, 0.6, 0.6,
                            id.equals("lantern") ? 2.6 : 5, Placement.hash(h, k, 2));
                }
            }
            case "window-light" -> { } // lit windows are drawn on the place's buildings
            case "torch" -> {
                // Those about the view first: the one nearest it is the torch a line frames
                // ("a soldier with a torch" turned to one on a wall 170 m off in a jump).
                spread(at, PropKind.LIGHT, id, 8, 10, 50, 2.2, h);
                alongTheWall(at, id, h);
            }
            default -> spread(at, PropKind.LIGHT, id, 8, 10, 50, 2.2, h);
        }
    }

    /**
     * A water town's lanterns hang along both lanes, a metre out from the house fronts under
     * their eaves: along a road up the middle of the town they stood in the canal.
     */
    private static void underTheEaves(Placement at, String id, double step, long h) {
        Terrain t = at.terrain();
        for (int k = 0; k < 24; k++) {
            Vec3 p = WaterTownLayout.laneside(t, at.spawn(), k, step / 2, 1.0);
            at.placeAt(PropKind.LIGHT, id, at.style(), p.x(), p.y(), p.z(), 0, 0.6, 0.6,
                    id.equals("lantern") ? 2.6 : 5, Placement.hash(h, k, 2));
        }
    }

    /** How many torches burn along a city wall, and the most metres aside of the view's axis. */
    private static final int WALL_TORCHES = 12;
    private static final double WALL_TORCH_ASIDE = 130;

    /**
     * Where a city wall stands, torches burn along its face towards the view, one by each of
     * its segments nearest the view's axis: only spread about the camera they lit the square
     * while "torches are lit along the city wall" showed a dark wall.
     */
    private static void alongTheWall(Placement at, String id, long h) {
        java.util.List<Prop> wall = new java.util.ArrayList<>();
        for (Prop p : at.props()) {
            if (p.thing().equals("city-wall")
                    && StrictMath.abs(p.x() - at.spawn().x()) < WALL_TORCH_ASIDE) wall.add(p);
        }
        if (wall.isEmpty()) return;
        wall.sort(java.util.Comparator.comparingDouble(p -> StrictMath.abs(p.x() - at.spawn().x())));
        Terrain t = at.terrain();
        for (int k = 0; k < StrictMath.min(WALL_TORCHES, wall.size()); k++) {
            Prop w = wall.get(k);
            // The wall runs east–west; its thickness is its width. Stand 1 m off its face.
            double side = at.spawn().z() > w.z() ? 1 : -1;
            double z = w.z() + side * (w.width() / 2 + 1);
            at.placeAt(PropKind.LIGHT, id, at.style(), w.x(), t.heightAt(w.x(), z), z, 0,
                    0.5, 0.5, 2.2, Placement.hash(h, k, 9));
        }
    }

    private static void trees(Placement at, String id, CatalogRecipe r, long h) {
        String kind = r.text("kind", "broadleaf");
        PropKind pk = switch (id) {
            case "pine" -> at.terrain().setting() == Setting.SNOWFIELD
                    ? PropKind.SNOWY_CONIFER : PropKind.CONIFER;
            case "tree" -> PropKind.BROADLEAF;
            case "bush" -> PropKind.BUSH;
            default -> PropKind.SHAPED_TREE;
        };
        double tall = r.number("height", 8);
        int count = kind.equals("bamboo") ? 60 : 30;
        spread(at, pk, pk == PropKind.SHAPED_TREE ? id : "", count, 18, 300, tall, h);
    }

    /**
     * {@code count} tries at seeded points of the view north of the spawn point, between
     * {@code near} and {@code far} metres, each about {@code size} metres tall.
     */
    static void spread(Placement at, PropKind kind, String id, int count, double near,
                       double far, double size, long h) {
        for (int k = 0; k < count; k++) {
            long v = Placement.hash(h, k, 3);
            double[] p = Roads.inView(at.spawn(), v, near, far, 50);
            double s = size * (0.75 + 0.5 * Placement.unit(Placement.hash(v, 4, 0)));
            double wide = kind == PropKind.PLANT ? 2.5 * s : kind == PropKind.LIGHT ? 0.5 : s * 0.6;
            double yaw = 360 * Placement.unit(Placement.hash(v, 5, 0));
            if (id.isEmpty()) {
                at.place(kind, p[0], p[1], yaw, wide, wide, s, v, Placement.unit(v));
            } else {
                at.place(kind, id, at.style(), p[0], p[1], yaw, wide, wide, s, v);
            }
        }
    }

    /** A fall of water down a rock face, off to one side of the view. */
    private static void waterfall(Placement at, String id, CatalogRecipe r, long h) {
        double tall = r.number("height", 20);
        for (int k = 0; k < 6; k++) {
            long v = Placement.hash(h, k, 6);
            double[] p = Roads.inView(at.spawn(), v, 90, 220, 30);
            if (at.place(PropKind.WATERFALL, id, at.style(), p[0], p[1], 0, tall * 0.8, 8, tall,
                    v)) return;
        }
    }
}
