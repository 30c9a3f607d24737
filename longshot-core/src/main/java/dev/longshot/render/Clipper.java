package dev.longshot.render;

/**
 * Clips a triangle in homogeneous clip space against the near plane (w ≥ NEAR) and the
 * guard band (|x|, |y| ≤ GUARD·w), Sutherland–Hodgman style, then fans the polygon into
 * triangles for the bins. Clip coordinates are affine in world space, so attributes are
 * interpolated linearly along clipped edges. One instance per task.
 */
final class Clipper {
    private static final int MAX = 3 + 5;       // each plane adds at most one vertex
    private static final int STRIDE = 7;        // x, y, w, r, g, b, direct-light share
    private double[] poly = new double[MAX * STRIDE];
    private double[] next = new double[MAX * STRIDE];
    private final Triangle tri = new Triangle();

    /**
     * Clips triangle (a, b, c) of {@code s} and adds the pieces, in fan order, to
     * {@code bins}.
     */
    void clipAndAdd(ShadedVertices s, int a, int b, int c, TriangleBins bins, Projection proj) {
        load(0, s, a);
        load(1, s, b);
        load(2, s, c);
        int n = 3;
        for (int plane = 0; plane < 5 && n >= 3; plane++) {
            n = clip(n, plane);
        }
        if (n < 3) return;
        // Project and fan: (0, k, k+1).
        for (int k = 1; k + 1 < n; k++) {
            corner(0, 0, proj);
            corner(1, k, proj);
            corner(2, k + 1, proj);
            bins.add(tri, s.material);
        }
    }

    private void load(int k, ShadedVertices s, int v) {
        int o = k * STRIDE;
        poly[o] = s.cx[v]; poly[o + 1] = s.cy[v]; poly[o + 2] = s.cw[v];
        poly[o + 3] = s.r[v]; poly[o + 4] = s.g[v]; poly[o + 5] = s.b[v];
        poly[o + 6] = s.share[v];
    }

    private void corner(int k, int v, Projection proj) {
        int o = v * STRIDE;
        double w = poly[o + 2];
        tri.x[k] = proj.screenX(poly[o], w);
        tri.y[k] = proj.screenY(poly[o + 1], w);
        tri.invW[k] = (float) (1 / w);
        tri.r[k] = (float) poly[o + 3];
        tri.g[k] = (float) poly[o + 4];
        tri.b[k] = (float) poly[o + 5];
        tri.share[k] = (float) poly[o + 6];
    }

    /** Signed distance of vertex {@code v} to {@code plane}; inside when ≥ 0. */
    private static double distance(double[] p, int v, int plane) {
        int o = v * STRIDE;
        double x = p[o], y = p[o + 1], w = p[o + 2];
        double g = Projection.GUARD * w;
        return switch (plane) {
            case 0 -> w - Projection.NEAR;
            case 1 -> g + x;
            case 2 -> g - x;
            case 3 -> g + y;
            default -> g - y;
        };
    }

    // Clip the n-gon in poly against one plane into next, then swap; returns the new count.
    private int clip(int n, int plane) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            int j = i + 1 == n ? 0 : i + 1;
            double di = distance(poly, i, plane);
            double dj = distance(poly, j, plane);
            if (di >= 0) {
                System.arraycopy(poly, i * STRIDE, next, m++ * STRIDE, STRIDE);
            }
            if ((di >= 0) != (dj >= 0)) {
                // Add the intersection of edge (i, j) with the plane.
                double t = di / (di - dj);
                int oi = i * STRIDE, oj = j * STRIDE, om = m++ * STRIDE;
                for (int k = 0; k < STRIDE; k++) {
                    next[om + k] = poly[oi + k] + (poly[oj + k] - poly[oi + k]) * t;
                }
            }
        }
        double[] swap = poly;
        poly = next;
        next = swap;
        return m;
    }
}
