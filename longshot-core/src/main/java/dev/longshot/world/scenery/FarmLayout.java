package dev.longshot.world.scenery;

import dev.longshot.world.Terrain;

/**
 * Farmland: fields of crops in strips ({@link GroundPalette}), a farm track north from the
 * spawn point, post-and-rail fences along the fields' edges beside it, farmhouses with a barn
 * scattered among the fields and a windmill or two.
 */
final class FarmLayout {
    private FarmLayout() {}

    static void build(Placement at) {
        Terrain t = at.terrain();
        long seed = t.seed() ^ 0xFA4A1L;
        StructureLayout.road(at, seed);
        fences(at, seed);
        VillageLayout.farmhouses(at);
        ThingLayout.place(at, java.util.List.of("windmill"));
    }

    /** Fences along the field margins that meet the track, both sides, for 300 m. */
    private static void fences(Placement at, long seed) {
        Terrain t = at.terrain();
        double x0 = Roads.roadX(t, at.spawn(), at.spawn().z());
        for (int side = -1; side <= 1; side += 2) {
            int k = 0;
            for (double z = at.spawn().z() - 12; z > at.spawn().z() - 300; z -= 3.2, k++) {
                double x = x0 + side * (Roads.OPEN_ROAD_WIDTH / 2 + 1.5);
                long h = Placement.hash(seed, k, side);
                // A gap for a field gate now and then.
                if (Placement.unit(h) < 0.06) continue;
                at.place(PropKind.FENCE, x, z, 0, 3.0, 0.12, 1.1, h, Placement.unit(h));
            }
        }
    }
}
