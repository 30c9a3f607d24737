package dev.longshot.world.scenery;

import dev.longshot.plan.Setting;
import dev.longshot.world.Terrain;
import dev.longshot.world.ValueNoise;

/**
 * Trees, bushes and rocks of a place. Trees: one candidate per {@link #CELL}-metre cell,
 * jittered, kept by a seeded hash thinned in groves by value noise, never in water, on steep
 * ground or (in the mountains) above the tree line. Rocks and bushes: a seeded count scattered
 * over the land. Runs after the buildings, so nature grows round them.
 */
final class NatureLayout {
    private static final double CELL = 16;
    /** Metres from the spawn point within which a jungle's trees are drawn in full. */
    private static final double JUNGLE_NEAR = 250;

    private NatureLayout() {}

    static void plant(Placement at) {
        Terrain t = at.terrain();
        String id = t.request().setting();
        trees(at, t);
        scatter(at, t, PropKind.ROCK, rockCount(id, t.setting()), 0x70C4L);
        scatter(at, t, PropKind.BUSH, bushCount(id, t.setting()), 0xB054L);
    }

    /**
     * Chance that a cell holds a tree, before the groves' thinning: none on the savanna
     * (its acacias stand alone, {@link SavannaLayout}) and in the fields, most in the jungle.
     */
    private static double treeDensity(String id, Setting s) {
        switch (id) {
            case "savanna" -> {
                return 0;
            }
            case "farmland" -> {
                return 0.008;
            }
            case "jungle" -> {
                return 0.9;
            }
            case "town" -> {
                return 0.03;
            }
            default -> { }
        }
        return switch (s) {
            case FOREST -> 0.62;
            case VALLEY -> 0.3;
            case MOUNTAINS -> 0.35;
            case GRASSLAND -> 0.025;
            case SNOWFIELD -> 0.035;
            case VILLAGE -> 0.06;
            case COAST -> 0.05;
            case ANCIENT_CITY -> 0.02;
            default -> 0;
        };
    }

    private static void trees(Placement at, Terrain t) {
        double keep = treeDensity(t.request().setting(), t.setting());
        if (keep == 0) return;
        ValueNoise groves = new ValueNoise(t.seed() * 0x9E3779B97F4A7C15L + 0x7EE5);
        int n = (int) (t.extent() / CELL);
        double origin = -t.extent() / 2;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                long h = Placement.hash(t.seed(), i, j);
                double cx = origin + i * CELL, cz = origin + j * CELL;
                double grove = groves.sample(cx / 220, cz / 220, 0);
                if (Placement.unit(h) >= keep * (0.55 + 0.9 * grove)) continue;
                double px = cx + (0.1 + 0.8 * Placement.unit(Placement.hash(h, 1, 0))) * CELL;
                double pz = cz + (0.1 + 0.8 * Placement.unit(Placement.hash(h, 2, 0))) * CELL;
                if (!suitsTree(t, px, pz)) continue;
                // The jungle's near trees have a shape of their own, broad crowns on tall
                // trunks; beyond, the cheap broadleaf template makes the canopy.
                boolean jungle = t.request().setting().equals("jungle");
                PropKind kind = jungle && StrictMath.hypot(px - at.spawn().x(),
                        pz - at.spawn().z()) < JUNGLE_NEAR ? PropKind.SHAPED_TREE
                        : jungle ? PropKind.BROADLEAF
                        : treeKind(t.setting(), groves.sample(cx / 300, cz / 300, 1));
                double size = 7 + 7 * Placement.unit(Placement.hash(h, 4, 0));
                double turn = 360 * Placement.unit(Placement.hash(h, 3, 0));
                at.place(kind, px, pz, turn, size * 0.6, size * 0.6, size,
                        Placement.hash(h, 5, 0), Placement.unit(Placement.hash(h, 6, 0)));
            }
        }
    }

    private static boolean suitsTree(Terrain t, double x, double z) {
        double y = t.heightAt(x, z);
        if (y < t.waterLevel() + 1.2) return false;
        if (t.setting() == Setting.MOUNTAINS && y > 150) return false;
        if (t.setting() == Setting.COAST && y < Landform.CLIFF_HEIGHT * 0.6) return false;
        if (t.setting() == Setting.VILLAGE && VillageLayout.onPath(t.noise(), x, z)) return false;
        if (t.request().setting().equals("town") && VillageLayout.inTown(t.noise(), x, z)) {
            return false;
        }
        return t.normalAt(x, z).y() >= 0.85;
    }

    /** Conifers, with broadleaf groves where {@code mix} (value noise) is high. */
    private static PropKind treeKind(Setting s, double mix) {
        return switch (s) {
            case SNOWFIELD -> PropKind.SNOWY_CONIFER;
            case GRASSLAND, VILLAGE -> PropKind.BROADLEAF;
            case FOREST, VALLEY -> mix > 0.2 ? PropKind.BROADLEAF : PropKind.CONIFER;
            default -> PropKind.CONIFER;
        };
    }

    private static int rockCount(String id, Setting s) {
        if (id.equals("farmland") || id.equals("town")) return 0;
        if (id.equals("savanna")) return 30;
        return switch (s) {
            case MOUNTAINS, VOLCANO -> 260;
            case CANYON -> 160;
            case DESERT -> 40;
            case COAST, SNOWFIELD, GRASSLAND, VALLEY -> 60;
            case FOREST -> 40;
            default -> 0;
        };
    }

    private static int bushCount(String id, Setting s) {
        if (id.equals("jungle")) return 420;
        if (id.equals("savanna")) return 160;
        if (id.equals("farmland") || id.equals("town")) return 40;
        return switch (s) {
            case GRASSLAND -> 500;
            case VILLAGE, VALLEY -> 160;
            case COAST -> 80;
            case FOREST -> 120;
            default -> 0;
        };
    }

    /** {@code count} tries at seeded points of the land, denser near the middle. */
    private static void scatter(Placement at, Terrain t, PropKind kind, int count, long purpose) {
        double reach = t.extent() * 0.42;
        for (int k = 0; k < count; k++) {
            long h = Placement.hash(t.seed() ^ purpose, k, 0);
            double r = reach * StrictMath.sqrt(Placement.unit(h)) * (0.15 + 0.85 * Placement.unit(
                    Placement.hash(h, 9, 0)));
            double a = 2 * StrictMath.PI * Placement.unit(Placement.hash(h, 1, 0));
            double x = at.spawn().x() + r * StrictMath.sin(a);
            double z = at.spawn().z() - r * StrictMath.cos(a);
            double s = kind == PropKind.ROCK ? 1.2 + 5 * StrictMath.pow(Placement.unit(
                    Placement.hash(h, 2, 0)), 2) : 1.2 + 1.6 * Placement.unit(Placement.hash(h, 2, 0));
            if (t.setting() == Setting.VILLAGE && VillageLayout.onPath(t.noise(), x, z)) continue;
            at.place(kind, x, z, 360 * Placement.unit(Placement.hash(h, 3, 0)),
                    s * (1 + 0.5 * Placement.unit(Placement.hash(h, 4, 0))), s,
                    s * (0.5 + 0.4 * Placement.unit(Placement.hash(h, 5, 0))),
                    Placement.hash(h, 6, 0), Placement.unit(Placement.hash(h, 7, 0)));
        }
    }
}
