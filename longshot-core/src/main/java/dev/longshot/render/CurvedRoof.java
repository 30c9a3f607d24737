package dev.longshot.render;

/**
 * A Chinese hip roof: concave slopes (flat at the eaves, steep near the ridge) over a
 * w × d footprint, its four corners swept up above the eave line, ridge along local x. Built
 * as a grid of vertices from a height function, with smooth normals and a flat soffit
 * underneath, so it reads as tiles from above and as a dark overhang from below.
 */
final class CurvedRoof {
    /** Grid cells along each side. */
    static final int CELLS = 8;
    /** How far the corners rise above the eave line, as a share of the roof's rise. */
    static final double CORNER_LIFT = 0.4;

    private CurvedRoof() {}

    /** Height above the eaves of the roof at local (x, z) of a w × d roof rising {@code rise}. */
    static double height(double x, double z, double w, double d, double rise) {
        double hw = w / 2, hd = d / 2;
        double edge = StrictMath.min(hw - StrictMath.abs(x), hd - StrictMath.abs(z));
        double q = StrictMath.max(0, StrictMath.min(1, edge / StrictMath.min(hw, hd)));
        double cx = StrictMath.abs(x) / hw, cz = StrictMath.abs(z) / hd;
        double corner = StrictMath.pow(cx * cz, 3);
        return rise * (StrictMath.pow(q, 1.7) + CORNER_LIFT * corner);
    }

    /** The roof through frame {@code f}, eaves at its y = 0. */
    static void build(MeshBatch b, Xform f, double w, double d, double rise, int rgb) {
        int n = CELLS, first = b.vertexCount();
        double e = 0.01 * StrictMath.min(w, d);
        for (int j = 0; j <= n; j++) {
            for (int i = 0; i <= n; i++) {
                double x = w * (i / (double) n - 0.5), z = d * (j / (double) n - 0.5);
                double y = height(x, z, w, d, rise);
                double gx = (height(x + e, z, w, d, rise) - height(x - e, z, w, d, rise)) / (2 * e);
                double gz = (height(x, z + e, w, d, rise) - height(x, z - e, w, d, rise)) / (2 * e);
                b.vertex(f, x, y, z, -gx, 1, -gz, rgb);
            }
        }
        int row = n + 1;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int v = first + j * row + i;
                Primitives.wound(b, v, v + 1, v + row + 1);
                Primitives.wound(b, v, v + row + 1, v + row);
            }
        }
        int dark = dev.longshot.world.Terrain.lerpRgb(rgb, 0, 0.45);
        int s0 = b.vertex(f, -w / 2, 0, -d / 2, 0, -1, 0, dark);
        int s1 = b.vertex(f, w / 2, 0, -d / 2, 0, -1, 0, dark);
        int s2 = b.vertex(f, w / 2, 0, d / 2, 0, -1, 0, dark);
        int s3 = b.vertex(f, -w / 2, 0, d / 2, 0, -1, 0, dark);
        Primitives.wound(b, s0, s1, s2);
        Primitives.wound(b, s0, s2, s3);
    }
}
