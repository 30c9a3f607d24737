package dev.longshot.world.scenery;

import dev.longshot.world.Terrain;
import dev.longshot.world.ValueNoise;

/**
 * A village along a dirt path that runs north from the spawn point: houses on both sides
 * facing it, fences along stretches of its edges, a few farmhouses further out.
 */
final class VillageLayout {
    private static final double PATH_HALF_WIDTH = 2.2;
    /** Half the width of a town's paved street, metres. */
    static final double TOWN_STREET = 12;

    private VillageLayout() {}

    /** Centre line (x) of the village path at z. */
    static double pathX(ValueNoise noise, double z) {
        return 3 + 9 * noise.sample(z / 140, 7.5, 18);
    }

    static boolean onPath(ValueNoise noise, double x, double z) {
        return z < 40 && z > -760 && StrictMath.abs(x - pathX(noise, z)) < PATH_HALF_WIDTH;
    }

    /** Whether (x, z) is on a town's paved street: the path and the fronts of its houses. */
    static boolean inTown(ValueNoise noise, double x, double z) {
        return z < 30 && z > -660 && StrictMath.abs(x - pathX(noise, z)) < TOWN_STREET;
    }

    /** A village; a town when {@code town}: houses closer together and nearer the street. */
    static void build(Placement at, boolean town) {
        Terrain t = at.terrain();
        ValueNoise noise = t.noise();
        int k = 0;
        double pitch = town ? 15 : 24;
        // A town's houses keep a village's heights for now: as many storeys as the style builds
        // (HouseFamily.walls) made a camera tracking a bus leap onto a roof (rain-town: 120 m/s
        // at 5:11) before the rig's look-ahead over building tops can climb in time.
        at.lineTheStreet(town);
        for (double z = town ? -12 : -28; z > -640; z -= pitch, k++) {
            for (int side = -1; side <= 1; side += 2) {
                long h = Placement.hash(t.seed() ^ 0x5111A6EL, k, side);
                if (Placement.unit(h) < (town ? 0.05 : 0.2)) continue;
                double w = 7 + 3 * Placement.unit(Placement.hash(h, 1, 0));
                double d = 8 + 4 * Placement.unit(Placement.hash(h, 2, 0));
                double off = (town ? 5 : 8) + w / 2
                        + (town ? 2 : 8) * Placement.unit(Placement.hash(h, 3, 0));
                double hz = z - 8 * Placement.unit(Placement.hash(h, 4, 0));
                double x = pathX(noise, hz) + side * off;
                // Turned so the long side faces the path, give or take a few degrees.
                double yaw = 90 + 8 * (Placement.unit(Placement.hash(h, 5, 0)) - 0.5);
                double walls = 3 + 1.5 * Placement.unit(Placement.hash(h, 6, 0));
                at.place(PropKind.HOUSE, x, hz, yaw, d, w, walls + 0.5 * w, h,
                        Placement.unit(Placement.hash(h, 7, 0)));
            }
        }
        at.lineTheStreet(false);
        fences(at, noise);
        farmhouses(at);
    }

    /** Stretches of fence along both edges of the path. */
    private static void fences(Placement at, ValueNoise noise) {
        Terrain t = at.terrain();
        int k = 0;
        for (double z = -10; z > -500; z -= 3.3, k++) {
            for (int side = -1; side <= 1; side += 2) {
                if (noise.sample(z / 40, side * 3.0 + 40, 19) < 0.1) continue;
                double x = pathX(noise, z) + side * (PATH_HALF_WIDTH + 2.5);
                double yaw = StrictMath.toDegrees(StrictMath.atan2(
                        pathX(noise, z - 1.6) - pathX(noise, z + 1.6), -3.2));
                long h = Placement.hash(t.seed() ^ 0xFE4CEL, k, side);
                at.place(PropKind.FENCE, x, z, yaw, 3.0, 0.12, 1.1, h, Placement.unit(h));
            }
        }
    }

    /** Farmhouses scattered over the land round the path. */
    static void farmhouses(Placement at) {
        Terrain t = at.terrain();
        for (int k = 0; k < 40; k++) {
            long h = Placement.hash(t.seed() ^ 0xFA53L, k, 0);
            double a = 2 * StrictMath.PI * Placement.unit(h);
            double r = 120 + 500 * Placement.unit(Placement.hash(h, 1, 0));
            double x = r * StrictMath.sin(a), z = -r * StrictMath.cos(a);
            if (StrictMath.abs(x - pathX(t.noise(), z)) < 30) continue;
            double w = 7 + 4 * Placement.unit(Placement.hash(h, 2, 0));
            double walls = 3 + 1.5 * Placement.unit(Placement.hash(h, 3, 0));
            at.place(PropKind.HOUSE, x, z, 360 * Placement.unit(Placement.hash(h, 4, 0)),
                    w * 1.3, w, walls + 0.5 * w, h, Placement.unit(Placement.hash(h, 5, 0)));
        }
    }
}
