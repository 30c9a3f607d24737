package dev.longshot.world.scenery;

import dev.longshot.world.Terrain;

/**
 * A city on the {@link CityGrid}: each block split into one, two or four lots with a tower
 * or block on each, tallest near the centre, lower towards the edge.
 */
final class CityLayout {
    /** Blocks reach this far from the centre, metres. */
    private static final double REACH = 520;
    private static final double LOT_MARGIN = 3;

    private CityLayout() {}

    static void build(Placement at) {
        Terrain t = at.terrain();
        int n = (int) (REACH / CityGrid.PITCH);
        double side = CityGrid.PITCH - CityGrid.STREET - 2 * LOT_MARGIN;
        for (int bj = -n; bj < n; bj++) {
            for (int bi = -n; bi < n; bi++) {
                long h = Placement.hash(t.seed() ^ 0xC17BL, bi, bj);
                double cx = (bi + 0.5) * CityGrid.PITCH, cz = (bj + 0.5) * CityGrid.PITCH;
                int split = Placement.unit(h) < 0.3 ? 1 : Placement.unit(h) < 0.65 ? 2 : 4;
                int cols = split == 1 ? 1 : 2, rows = split == 4 ? 2 : 1;
                double w = side / cols, d = side / rows;
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        long lot = Placement.hash(h, r, c);
                        double x = cx - side / 2 + (c + 0.5) * w;
                        double z = cz - side / 2 + (r + 0.5) * d;
                        tower(at, lot, x, z, w - 2, d - 2);
                    }
                }
            }
        }
    }

    private static void tower(Placement at, long lot, double x, double z, double w, double d) {
        double centre = StrictMath.max(0, 1 - StrictMath.hypot(x, z + 200) / 600);
        double u = Placement.unit(Placement.hash(lot, 1, 0));
        double height = 10 + (18 + 110 * centre * centre) * (0.35 + u * u);
        double shrink = 0.75 + 0.25 * Placement.unit(Placement.hash(lot, 2, 0));
        at.place(PropKind.TOWER, x, z, 0, w * shrink, d * shrink, height, lot,
                Placement.unit(Placement.hash(lot, 3, 0)));
    }
}
