package dev.longshot.world.scenery;

import dev.longshot.world.Terrain;

/**
 * A savanna: flat-topped acacias standing alone or in twos and threes far apart over the
 * golden grass, tufts of tall grass in the near view, a few termite-red rocks; the waterhole
 * is the plan's pond ({@link Terrain}), with the grass round it trodden bare.
 */
final class SavannaLayout {
    /** How many acacia clumps are tried over the land, and how far out, metres. */
    private static final int CLUMPS = 90;
    private static final double REACH = 900;

    private SavannaLayout() {}

    static void build(Placement at) {
        Terrain t = at.terrain();
        long seed = t.seed() ^ 0x5A7A11AL;
        for (int k = 0; k < CLUMPS; k++) {
            long h = Placement.hash(seed, k, 0);
            // Denser in the view north of the spawn point, where the camera looks first.
            double a = StrictMath.PI * (Placement.unit(h) < 0.6
                    ? 0.6 * (Placement.unit(Placement.hash(h, 1, 0)) - 0.5)
                    : 2 * Placement.unit(Placement.hash(h, 1, 0)));
            double r = 40 + REACH * Placement.unit(Placement.hash(h, 2, 0));
            double cx = at.spawn().x() + r * StrictMath.sin(a);
            double cz = at.spawn().z() - r * StrictMath.cos(a);
            int n = 1 + (int) (3 * Placement.unit(Placement.hash(h, 3, 0)));
            for (int i = 0; i < n; i++) {
                long v = Placement.hash(h, i, 4);
                double x = cx + 18 * (Placement.unit(Placement.hash(v, 5, 0)) - 0.5);
                double z = cz + 18 * (Placement.unit(Placement.hash(v, 6, 0)) - 0.5);
                double tall = 6 + 3.5 * Placement.unit(Placement.hash(v, 7, 0));
                at.place(PropKind.SHAPED_TREE, "acacia", null, x, z,
                        360 * Placement.unit(Placement.hash(v, 8, 0)), tall * 0.5, tall * 0.5,
                        tall, v);
            }
        }
        ThingLayout.spread(at, PropKind.PLANT, "tall-grass", 140, 8, 160, 1.3, seed ^ 0x7A11L);
    }
}
