package dev.longshot.world.scenery;

import dev.longshot.world.Terrain;

/**
 * The volcano's fire and smoke: a lava lake in the crater, tongues of lava running down the
 * face towards the spawn point, and a plume rising from the crater and drifting east.
 */
final class VolcanoLayout {
    private static final int FLOWS = 3;
    private static final double SEGMENT = 22;

    private VolcanoLayout() {}

    static void build(Placement at) {
        Terrain t = at.terrain();
        long seed = t.seed() ^ 0x1A7AL;
        double cx = Landform.CONE_X, cz = Landform.CONE_Z;
        double rim = Landform.cone(cx + Landform.CRATER_RADIUS, cz);
        double r = Landform.CRATER_RADIUS * 0.9;
        at.place(PropKind.LAVA_POOL, cx, cz, 0, 2 * r, 2 * r, rim - 10 - t.heightAt(cx, cz),
                seed, 0.5);
        for (int f = 0; f < FLOWS; f++) flow(at, Placement.hash(seed, f, 1), f);
        plume(at, seed);
    }

    /** One tongue of lava from the rim down the southern face, as a chain of segments. */
    private static void flow(Placement at, long h, int f) {
        double heading = StrictMath.toRadians(150 + 30 * f + 16 * (Placement.unit(h) - 0.5));
        double r = Landform.CRATER_RADIUS + 6;
        double length = 160 + 170 * Placement.unit(Placement.hash(h, 1, 0));
        double width = 7 + 5 * Placement.unit(Placement.hash(h, 2, 0));
        for (int k = 0; r < Landform.CRATER_RADIUS + length; k++) {
            double wiggle = 0.12 * StrictMath.sin(k * 0.9 + 6 * Placement.unit(h));
            double a = heading + wiggle;
            double x = Landform.CONE_X + (r + SEGMENT / 2) * StrictMath.sin(a);
            double z = Landform.CONE_Z - (r + SEGMENT / 2) * StrictMath.cos(a);
            double yaw = StrictMath.toDegrees(a);
            at.place(PropKind.LAVA_FLOW, x, z, yaw, width * (1 - 0.5 * k * SEGMENT / length),
                    SEGMENT + 2, 0.6, Placement.hash(h, k, 3), 0.5);
            r += SEGMENT;
        }
    }

    /** Puffs of smoke, each bigger and further east than the one below. */
    private static void plume(Placement at, long seed) {
        double rim = Landform.cone(Landform.CONE_X + Landform.CRATER_RADIUS, Landform.CONE_Z);
        double y = rim - 10, size = 50;
        for (int k = 0; k < 9; k++) {
            long h = Placement.hash(seed, k, 7);
            double drift = 0.9 * k * k * 3 + 10 * Placement.unit(h);
            double x = Landform.CONE_X + drift, z = Landform.CONE_Z - 4 * k;
            at.place(PropKind.SMOKE, x, z, 0, size, size * 0.8,
                    y - at.terrain().heightAt(x, z), h, 0.5);
            y += size * 0.55;
            size *= 1.16;
        }
    }
}
