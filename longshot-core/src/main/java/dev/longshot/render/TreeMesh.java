package dev.longshot.render;

import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;

/**
 * Low-poly trees (a five-sided cone on a three-sided trunk) where the world's
 * {@link dev.longshot.world.scenery.Scenery} planted them. Each tree is an instance of one template of {@link #VERTS} vertices and {@link #TRIS}
 * triangles, scaled and turned about its vertical axis.
 */
final class TreeMesh {
    static final int VERTS = 12;
    static final int TRIS = 11;
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
    final float[] girth;       // (count) horizontal stretch of the template
    final float[] cos, sin;    // (count) turn about the vertical axis
    final int[] foliage;       // (count) 0xRRGGBB
    final int[] entity;        // (count) EntityIds: the kind of tree
    final byte[] visible;      // (count) per frame: 1 when possibly in view

    private TreeMesh(int capacity) {
        x = new float[capacity]; y = new float[capacity]; z = new float[capacity];
        size = new float[capacity]; girth = new float[capacity]; cos = new float[capacity]; sin = new float[capacity];
        foliage = new int[capacity];
        entity = new int[capacity];
        visible = new byte[capacity];
        count = 0;
    }

    private TreeMesh(TreeMesh from, int count) {
        this.count = count;
        x = java.util.Arrays.copyOf(from.x, count); y = java.util.Arrays.copyOf(from.y, count);
        z = java.util.Arrays.copyOf(from.z, count);
        size = java.util.Arrays.copyOf(from.size, count);
        girth = java.util.Arrays.copyOf(from.girth, count);
        cos = java.util.Arrays.copyOf(from.cos, count);
        sin = java.util.Arrays.copyOf(from.sin, count);
        foliage = java.util.Arrays.copyOf(from.foliage, count);
        entity = java.util.Arrays.copyOf(from.entity, count);
        visible = new byte[count];
    }

    /**
     * Trees of {@code terrain}'s scenery (the world plants them), or null when it has none.
     * Broadleaf trees are the same template squat and wide; snowy conifers pale.
     */
    static TreeMesh plant(Terrain terrain) {
        java.util.List<Prop> props = terrain.scenery().props();
        TreeMesh t = new TreeMesh(props.size());
        int count = 0;
        for (Prop p : props) {
            if (!p.kind().tree()) continue;
            double turn = StrictMath.toRadians(p.yawDeg());
            boolean broad = p.kind() == PropKind.BROADLEAF;
            t.x[count] = (float) p.x(); t.y[count] = (float) p.y(); t.z[count] = (float) p.z();
            t.size[count] = (float) (broad ? p.height() * 0.8 : p.height());
            t.girth[count] = broad ? 1.6f : 1f;
            t.cos[count] = (float) StrictMath.cos(turn);
            t.sin[count] = (float) StrictMath.sin(turn);
            t.foliage[count] = foliage(p);
            t.entity[count] = EntityIds.bundled().of(p);
            count++;
        }
        return count == 0 ? null : new TreeMesh(t, count);
    }

    private static int foliage(Prop p) {
        return switch (p.kind()) {
            case BROADLEAF -> Terrain.lerpRgb(0x4A7A2C, 0x7A9A38, p.unit(1));
            case SNOWY_CONIFER -> Terrain.lerpRgb(0xC8D2D4, 0xE8EEF2, p.unit(1));
            default -> Terrain.lerpRgb(0x2A4E24, 0x4A7430, p.unit(1));
        };
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
        float wide = girth[t];
        visible[t] = (byte) (proj.sees(x[t], y[t] + 0.5 * h, z[t], 0.55 * h * wide) ? 1 : 0);
        if (visible[t] == 0) return;
        float c = cos[t], sn = sin[t], cw = c * wide, sw = sn * wide;
        for (int k = 0; k < VERTS; k++) {
            int v = t * VERTS + k;
            double vx = x[t] + h * (cw * TX[k] - sw * TZ[k]);
            double vy = y[t] + h * TY[k];
            double vz = z[t] + h * (sw * TX[k] + cw * TZ[k]);
            s.project(v, vx, vy, vz);
            float ndl = s.lambert(c * NX[k] - sn * NZ[k], NY[k], sn * NX[k] + c * NZ[k]);
            s.color(v, k < 6 ? TRUNK : foliage[t], ndl, vx, vy, vz);
        }
    }
}
