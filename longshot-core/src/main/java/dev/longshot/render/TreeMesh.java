package dev.longshot.render;

import dev.longshot.plan.Setting;
import dev.longshot.world.Terrain;
import dev.longshot.world.ValueNoise;

/**
 * Low-poly trees (a five-sided cone on a three-sided trunk) scattered over the terrain of
 * forest, valley and mountain scenes: one candidate per 16 m cell, jittered, kept by a
 * seeded hash thinned in groves by value noise, never in water or on steep ground. Each
 * tree is an instance of one template of {@link #VERTS} vertices and {@link #TRIS}
 * triangles, scaled and turned about its vertical axis.
 */
final class TreeMesh {
    static final int VERTS = 12;
    static final int TRIS = 11;
    private static final double CELL = 16;
    private static final int TRUNK = 0x5A4632;

    // Template of a tree of height 1, base at the origin: (VERTS) positions and normals.
    private static final float[] TX = new float[VERTS], TY = new float[VERTS],
            TZ = new float[VERTS], NX = new float[VERTS], NY = new float[VERTS],
            NZ = new float[VERTS];
    /** (TRIS, 3) counter-clockwise seen from outside. */
    static final int[] INDEX = new int[TRIS * 3];

    static {
        // Trunk: vertices 0-2 bottom, 3-5 top, radius 0.035, from -0.05 to 0.3.
        for (int k = 0; k < 3; k++) {
            double a = 2 * StrictMath.PI * k / 3;
            float c = (float) StrictMath.cos(a), s = (float) StrictMath.sin(a);
            set(k, 0.035f * c, -0.05f, 0.035f * s, c, 0, s);
            set(k + 3, 0.035f * c, 0.3f, 0.035f * s, c, 0, s);
        }
        // Cone: vertices 6-10 around the base (radius 0.3 at 0.22), 11 the apex at 1.
        float radius = 0.3f, rise = 0.78f;
        float len = (float) StrictMath.sqrt(radius * radius + rise * rise);
        for (int k = 0; k < 5; k++) {
            double a = 2 * StrictMath.PI * k / 5;
            float c = (float) StrictMath.cos(a), s = (float) StrictMath.sin(a);
            set(6 + k, radius * c, 0.22f, radius * s, rise / len * c, radius / len,
                    rise / len * s);
        }
        set(11, 0, 1, 0, 0, 1, 0);
        int n = 0;
        for (int k = 0; k < 3; k++) {
            int k1 = (k + 1) % 3;
            int[] quad = {k, k + 3, k1 + 3, k, k1 + 3, k1};
            for (int v : quad) INDEX[n++] = v;
        }
        for (int k = 0; k < 5; k++) {
            INDEX[n++] = 6 + k;
            INDEX[n++] = 11;
            INDEX[n++] = 6 + (k + 1) % 5;
        }
    }

    /** Read access to the template, for tests. */
    record Template() {
        float x(int v) {
            return TX[v];
        }

        float y(int v) {
            return TY[v];
        }

        float z(int v) {
            return TZ[v];
        }
    }

    private static void set(int v, float x, float y, float z, float nx, float ny, float nz) {
        TX[v] = x; TY[v] = y; TZ[v] = z; NX[v] = nx; NY[v] = ny; NZ[v] = nz;
    }

    final int count;
    final float[] x, y, z;     // (count) base of the trunk
    final float[] size;        // (count) height, metres
    final float[] cos, sin;    // (count) turn about the vertical axis
    final int[] foliage;       // (count) 0xRRGGBB
    final byte[] visible;      // (count) per frame: 1 when possibly in view

    private TreeMesh(int capacity) {
        x = new float[capacity]; y = new float[capacity]; z = new float[capacity];
        size = new float[capacity]; cos = new float[capacity]; sin = new float[capacity];
        foliage = new int[capacity];
        visible = new byte[capacity];
        count = 0;
    }

    private TreeMesh(TreeMesh from, int count) {
        this.count = count;
        x = java.util.Arrays.copyOf(from.x, count); y = java.util.Arrays.copyOf(from.y, count);
        z = java.util.Arrays.copyOf(from.z, count);
        size = java.util.Arrays.copyOf(from.size, count);
        cos = java.util.Arrays.copyOf(from.cos, count);
        sin = java.util.Arrays.copyOf(from.sin, count);
        foliage = java.util.Arrays.copyOf(from.foliage, count);
        visible = new byte[count];
    }

    /** Trees for {@code terrain}, or null when its setting has none. */
    static TreeMesh plant(Terrain terrain, GridMesh ground) {
        double keep = switch (terrain.setting()) {
            case FOREST -> 0.6;
            case VALLEY -> 0.3;
            case MOUNTAINS -> 0.35;
            default -> 0;
        };
        if (keep == 0) return null;
        ValueNoise groves = new ValueNoise(terrain.seed() * 0x9E3779B97F4A7C15L + 0x7EE5);
        int n = (int) (terrain.extent() / CELL);
        double origin = -terrain.extent() / 2;
        TreeMesh t = new TreeMesh(n * n);
        int count = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                long h = hash(terrain.seed(), i, j);
                double u = unit(h);
                double grove = groves.sample((origin + i * CELL) / 220,
                        (origin + j * CELL) / 220, 0);
                if (u >= keep * (0.55 + 0.9 * grove)) continue;
                double px = origin + (i + 0.1 + 0.8 * unit(hash(h, 1, 0))) * CELL;
                double pz = origin + (j + 0.1 + 0.8 * unit(hash(h, 2, 0))) * CELL;
                double py = terrain.heightAt(px, pz);
                if (py < terrain.waterLevel() + 1.2) continue;
                if (terrain.setting() == Setting.MOUNTAINS && py > 150) continue;
                if (groundNy(ground, px, pz) < 0.85) continue;
                double turn = 2 * StrictMath.PI * unit(hash(h, 3, 0));
                t.x[count] = (float) px; t.y[count] = (float) py; t.z[count] = (float) pz;
                t.size[count] = (float) (7 + 7 * unit(hash(h, 4, 0)));
                t.cos[count] = (float) StrictMath.cos(turn);
                t.sin[count] = (float) StrictMath.sin(turn);
                t.foliage[count] = Terrain.lerpRgb(0x2A4E24, 0x4A7430, unit(hash(h, 5, 0)));
                count++;
            }
        }
        return new TreeMesh(t, count);
    }

    private static double groundNy(GridMesh g, double x, double z) {
        int i = (int) Math.round((x - g.x0) / g.spacing);
        int j = (int) Math.round((z - g.z0) / g.spacing);
        i = Math.max(0, Math.min(g.cells, i));
        j = Math.max(0, Math.min(g.cells, j));
        return g.ny[j * (g.cells + 1) + i];
    }

    /** World position of template vertex {@code k} of tree {@code t}, into out (3). */
    void corner(int t, int k, double[] out) {
        float h = size[t], c = cos[t], sn = sin[t];
        out[0] = x[t] + h * (c * TX[k] - sn * TZ[k]);
        out[1] = y[t] + h * TY[k];
        out[2] = z[t] + h * (sn * TX[k] + c * TZ[k]);
    }

    /** Vertex stage for tree {@code t}: culls it, or shades its VERTS vertices into s. */
    void shade(int t, ShadedVertices s, Projection proj) {
        float h = size[t];
        visible[t] = (byte) (proj.sees(x[t], y[t] + 0.5 * h, z[t], 0.55 * h) ? 1 : 0);
        if (visible[t] == 0) return;
        float c = cos[t], sn = sin[t];
        for (int k = 0; k < VERTS; k++) {
            int v = t * VERTS + k;
            double vx = x[t] + h * (c * TX[k] - sn * TZ[k]);
            double vy = y[t] + h * TY[k];
            double vz = z[t] + h * (sn * TX[k] + c * TZ[k]);
            s.project(v, vx, vy, vz);
            float ndl = s.lambert(c * NX[k] - sn * NZ[k], NY[k], sn * NX[k] + c * NZ[k]);
            s.color(v, k < 6 ? TRUNK : foliage[t], ndl, vx, vy, vz);
        }
    }

    private static long hash(long seed, long i, long j) {
        long z = seed * 0x9E3779B97F4A7C15L + i * 0xC2B2AE3D27D4EB4FL + j * 0x165667B19E3779F9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }
}
