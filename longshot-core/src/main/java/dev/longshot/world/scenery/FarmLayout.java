package dev.longshot.world.scenery;

import dev.longshot.world.Terrain;

/**
 * Farmland: fields of crops in strips ({@link GroundPalette}) with rows of crops standing in
 * those in view, a farm track north from the spawn point, post-and-rail fences along the
 * fields' edges beside it, farmhouses with a barn scattered among the fields and a windmill
 * or two.
 */
final class FarmLayout {
    private FarmLayout() {}

    static void build(Placement at) {
        Terrain t = at.terrain();
        long seed = t.seed() ^ 0xFA4A1L;
        StructureLayout.road(at, seed);
        fences(at, seed);
        crops(at, seed);
        VillageLayout.farmhouses(at);
        ThingLayout.place(at, java.util.List.of("windmill"));
    }

    /** The crops stand this far from the track's middle, and from the camera's first place. */
    private static final double TRACK_CLEAR = 6, SPAWN_CLEAR = 14;
    /** Fields in view: this far either side of the spawn point and this far north of it. */
    private static final double VIEW_SIDE = 150, VIEW_AHEAD = 300;

    /**
     * Rows of crops over every growing field in the view north of the spawn point, a field
     * cut in two where the track runs through it, and stopping short of the camera.
     */
    private static void crops(Placement at, long seed) {
        Terrain t = at.terrain();
        double sx = at.spawn().x(), sz = at.spawn().z();
        double road = Roads.roadX(t, at.spawn(), sz);
        double fw = GroundPalette.FIELD_W, fd = GroundPalette.FIELD_D;
        int i0 = (int) StrictMath.floor((sx - VIEW_SIDE) / fw);
        int i1 = (int) StrictMath.floor((sx + VIEW_SIDE) / fw);
        int j0 = (int) StrictMath.floor((sz - VIEW_AHEAD) / fd);
        int j1 = (int) StrictMath.floor((sz - SPAWN_CLEAR) / fd);
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                // A headland of 2 m round each field.
                double x0 = i * fw + 2, x1 = (i + 1) * fw - 2;
                double z0 = j * fd + 2, z1 = StrictMath.min((j + 1) * fd - 2, sz - SPAWN_CLEAR);
                double tall = GroundPalette.cropHeight(t, x0 + 1, z0 + 1);
                if (tall == 0 || z1 - z0 < 4) continue;
                long h = Placement.hash(seed, i, j);
                field(at, x0, StrictMath.min(x1, road - TRACK_CLEAR), z0, z1, tall, h);
                field(at, StrictMath.max(x0, road + TRACK_CLEAR), x1, z0, z1, tall, h + 1);
            }
        }
    }

    private static void field(Placement at, double x0, double x1, double z0, double z1,
                              double tall, long h) {
        if (x1 - x0 < 4) return;
        double x = (x0 + x1) / 2, z = (z0 + z1) / 2;
        at.placeAt(PropKind.PLANT, "crops", at.style(), x, at.terrain().heightAt(x, z), z, 0,
                x1 - x0, z1 - z0, tall, h);
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
