package dev.longshot.render;

/**
 * The low-poly solids scene builders assemble things from, each added to the open part of a
 * {@link MeshBatch} through an {@link Xform}: boxes and wedges with flat faces, prisms and
 * cones (frusta) with flat sides, ellipsoids with smooth normals. Winding is fixed from the
 * geometry (outward normal vs. the triangle's turn), so any transform, mirrors included,
 * keeps faces visible from outside.
 */
public final class Primitives {
    private Primitives() {}

    /** The unit cube [-0.5, 0.5]³ through {@code xf}: scale it to the size you need. */
    public static void box(MeshBatch b, Xform xf, int rgb) {
        double h = 0.5;
        quad(b, xf, rgb, 1, 0, 0, h, -h, h, h, -h, -h, h, h, -h, h, h, h);
        quad(b, xf, rgb, -1, 0, 0, -h, -h, -h, -h, -h, h, -h, h, h, -h, h, -h);
        quad(b, xf, rgb, 0, 1, 0, -h, h, h, h, h, h, h, h, -h, -h, h, -h);
        quad(b, xf, rgb, 0, -1, 0, -h, -h, -h, h, -h, -h, h, -h, h, -h, -h, h);
        quad(b, xf, rgb, 0, 0, 1, -h, -h, h, h, -h, h, h, h, h, -h, h, h);
        quad(b, xf, rgb, 0, 0, -1, h, -h, -h, -h, -h, -h, -h, h, -h, h, h, -h);
    }

    /**
     * A gable roof: a triangular prism over [-0.5, 0.5] in x and z, eaves at y = 0, ridge
     * along z at y = 1.
     */
    public static void wedge(MeshBatch b, Xform xf, int rgb) {
        double h = 0.5;
        double s = 1 / StrictMath.sqrt(1.25); // slope normal (±1, 0.5) normalized
        quad(b, xf, rgb, s, 0.5 * s, 0, h, 0, h, h, 0, -h, 0, 1, -h, 0, 1, h);
        quad(b, xf, rgb, -s, 0.5 * s, 0, -h, 0, -h, -h, 0, h, 0, 1, h, 0, 1, -h);
        tri(b, xf, rgb, 0, 0, 1, -h, 0, h, h, 0, h, 0, 1, h);
        tri(b, xf, rgb, 0, 0, -1, h, 0, -h, -h, 0, -h, 0, 1, -h);
        quad(b, xf, rgb, 0, -1, 0, -h, 0, -h, h, 0, -h, h, 0, h, -h, 0, h);
    }

    /**
     * A frustum standing on the origin: {@code sides} flat sides from radius {@code r0} at
     * y = 0 to {@code r1} at y = 1 (r1 = 0 makes a cone), with caps.
     */
    public static void frustum(MeshBatch b, Xform xf, int sides, double r0, double r1, int rgb) {
        if (sides < 3) throw new IllegalArgumentException("sides " + sides);
        double slope = r0 - r1; // outward tilt of the side normals
        for (int k = 0; k < sides; k++) {
            double a0 = 2 * StrictMath.PI * k / sides, a1 = 2 * StrictMath.PI * (k + 1) / sides;
            double am = (a0 + a1) / 2;
            double c0 = StrictMath.cos(a0), s0 = StrictMath.sin(a0);
            double c1 = StrictMath.cos(a1), s1 = StrictMath.sin(a1);
            double cm = StrictMath.cos(am), sm = StrictMath.sin(am);
            if (r1 > 0) {
                quad(b, xf, rgb, cm, slope, sm, r0 * c0, 0, r0 * s0, r0 * c1, 0, r0 * s1,
                        r1 * c1, 1, r1 * s1, r1 * c0, 1, r1 * s0);
                tri(b, xf, rgb, 0, 1, 0, 0, 1, 0, r1 * c0, 1, r1 * s0, r1 * c1, 1, r1 * s1);
            } else {
                tri(b, xf, rgb, cm, slope, sm, r0 * c0, 0, r0 * s0, r0 * c1, 0, r0 * s1, 0, 1, 0);
            }
            tri(b, xf, rgb, 0, -1, 0, 0, 0, 0, r0 * c1, 0, r0 * s1, r0 * c0, 0, r0 * s0);
        }
    }

    /** The unit sphere through {@code xf} (an ellipsoid when scaled), smooth normals. */
    public static void ellipsoid(MeshBatch b, Xform xf, int rings, int sides, int rgb) {
        if (rings < 2 || sides < 3) throw new IllegalArgumentException("rings/sides");
        int first = b.vertexCount();
        for (int i = 0; i <= rings; i++) {
            double lat = StrictMath.PI * i / rings - StrictMath.PI / 2;
            double cl = StrictMath.cos(lat), sl = StrictMath.sin(lat);
            for (int k = 0; k <= sides; k++) {
                double lon = 2 * StrictMath.PI * k / sides;
                double px = cl * StrictMath.cos(lon), pz = cl * StrictMath.sin(lon);
                b.vertex(xf, px, sl, pz, px, sl, pz, rgb);
            }
        }
        int row = sides + 1;
        for (int i = 0; i < rings; i++) {
            for (int k = 0; k < sides; k++) {
                int v = first + i * row + k;
                if (i > 0) wound(b, v, v + row + 1, v + 1);
                if (i < rings - 1) wound(b, v, v + row, v + row + 1);
            }
        }
    }

    // A flat quad p0 p1 p2 p3 (a convex loop) with local outward normal q.
    private static void quad(MeshBatch b, Xform xf, int rgb, double qx, double qy, double qz,
                             double x0, double y0, double z0, double x1, double y1, double z1,
                             double x2, double y2, double z2, double x3, double y3, double z3) {
        int v0 = b.vertex(xf, x0, y0, z0, qx, qy, qz, rgb);
        int v1 = b.vertex(xf, x1, y1, z1, qx, qy, qz, rgb);
        int v2 = b.vertex(xf, x2, y2, z2, qx, qy, qz, rgb);
        int v3 = b.vertex(xf, x3, y3, z3, qx, qy, qz, rgb);
        wound(b, v0, v1, v2);
        wound(b, v0, v2, v3);
    }

    private static void tri(MeshBatch b, Xform xf, int rgb, double qx, double qy, double qz,
                            double x0, double y0, double z0, double x1, double y1, double z1,
                            double x2, double y2, double z2) {
        int v0 = b.vertex(xf, x0, y0, z0, qx, qy, qz, rgb);
        int v1 = b.vertex(xf, x1, y1, z1, qx, qy, qz, rgb);
        int v2 = b.vertex(xf, x2, y2, z2, qx, qy, qz, rgb);
        wound(b, v0, v1, v2);
    }

    /** Adds (a, b, c) or (a, c, b), whichever turns counter-clockwise about the normals. */
    static void wound(MeshBatch m, int a, int b, int c) {
        double ux = m.x[b] - m.x[a], uy = m.y[b] - m.y[a], uz = m.z[b] - m.z[a];
        double vx = m.x[c] - m.x[a], vy = m.y[c] - m.y[a], vz = m.z[c] - m.z[a];
        double cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
        double nx = m.nx[a] + m.nx[b] + m.nx[c], ny = m.ny[a] + m.ny[b] + m.ny[c];
        double nz = m.nz[a] + m.nz[b] + m.nz[c];
        if (cx * nx + cy * ny + cz * nz >= 0) m.triangle(a, b, c);
        else m.triangle(a, c, b);
    }
}
