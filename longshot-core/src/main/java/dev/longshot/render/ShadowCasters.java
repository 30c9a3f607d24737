package dev.longshot.render;

/**
 * One work item's shadow casters: triangles of terrain, trees or a mesh batch moved into the
 * light space of a {@link ShadowMap} (texel units, height as depth) and set up for depth-only
 * rasterization, then drawn into a band of the map. Triangles with no texel centre in the
 * map are dropped at setup; both windings are kept (a caster shadows from either side).
 */
final class ShadowCasters {
    private static final int FLOATS = 9; // uA vA uB vB uC vC, then height at A, d/du, d/dv
    private static final int INTS = 4;   // texel box minU minV maxU maxV
    /** The slope offset is capped, so near-vertical walls still cast. */
    private static final float MAX_OFFSET = 2.5f;

    private float[] floats = new float[FLOATS * 256];
    private int[] ints = new int[INTS * 256];
    private int count;
    private ShadowMap map;
    private final double[] p = new double[3];
    private final float[] corner = new float[9];

    void begin(ShadowMap shadowMap) {
        map = shadowMap;
        count = 0;
    }

    /** Adds the terrain cells of rows [rowFrom, rowTo) and columns [colFrom, colTo). */
    void addTerrain(GridMesh g, int rowFrom, int rowTo, int colFrom, int colTo) {
        int side = g.cells + 1;
        for (int j = rowFrom; j < rowTo; j++) {
            for (int i = colFrom; i < colTo; i++) {
                int a = j * side + i;
                put(0, g.xOf(i), g.y[a], g.zOf(j));
                put(1, g.xOf(i), g.y[a + side], g.zOf(j + 1));
                put(2, g.xOf(i + 1), g.y[a + 1], g.zOf(j));
                add();
                put(0, g.xOf(i + 1), g.y[a + 1], g.zOf(j));
                put(1, g.xOf(i), g.y[a + side], g.zOf(j + 1));
                put(2, g.xOf(i + 1), g.y[a + side + 1], g.zOf(j + 1));
                add();
            }
        }
    }

    /** Adds trees {@code from … to-1} whose footprint in the map is near the square. */
    void addTrees(TreeMesh trees, int from, int to) {
        int[] index = TreeMesh.INDEX;
        for (int t = from; t < to; t++) {
            float h = trees.size[t];
            if (!near(trees.x[t], trees.y[t] + h, trees.z[t], h)) continue;
            for (int k = 0; k < index.length; k += 3) {
                for (int c = 0; c < 3; c++) {
                    trees.corner(t, index[k + c], p);
                    put(c, p[0], p[1], p[2]);
                }
                add();
            }
        }
    }

    /** Adds the parts {@code from … to-1} of {@code batch} near the square. */
    void addBatch(MeshBatch batch, int from, int to) {
        int[] index = batch.index;
        float[] sp = batch.sphere;
        for (int part = from; part < to; part++) {
            int s = part * 4;
            if (!near(sp[s], sp[s + 1], sp[s + 2], sp[s + 3])) continue;
            for (int t = batch.partTriangle[part]; t < batch.partTriangle[part + 1]; t++) {
                for (int c = 0; c < 3; c++) {
                    int v = index[3 * t + c];
                    put(c, batch.x[v], batch.y[v], batch.z[v]);
                }
                add();
            }
        }
    }

    // True when a sphere at (x, y, z) of radius r may land on the map.
    private boolean near(double x, double y, double z, double r) {
        double reach = r * (1 + Math.abs(map.kx) + Math.abs(map.kz));
        double u = x - y * map.kx - map.u0, v = z - y * map.kz - map.v0;
        double hi = ShadowMap.SPAN + reach;
        return u >= -reach && u <= hi && v >= -reach && v <= hi;
    }

    // Corner c in light space: texel coordinates and height.
    private void put(int c, double x, double y, double z) {
        float inv = 1 / ShadowMap.TEXEL;
        corner[3 * c] = (float) ((x - y * map.kx - map.u0) * inv);
        corner[3 * c + 1] = (float) ((z - y * map.kz - map.v0) * inv);
        corner[3 * c + 2] = (float) y;
    }

    // Sets up the triangle in corner[]: box, winding, height plane and slope offset.
    private void add() {
        float ua = corner[0], va = corner[1], ya = corner[2];
        float ub = corner[3], vb = corner[4], yb = corner[5];
        float uc = corner[6], vc = corner[7], yc = corner[8];
        float area = (ub - ua) * (vc - va) - (vb - va) * (uc - ua);
        if (!(Math.abs(area) > 1e-6f)) return; // edge-on to the light: no footprint
        int n = ShadowMap.SIZE;
        int minU = Math.max(0, (int) Math.ceil(Math.min(ua, Math.min(ub, uc)) - 0.5f));
        int minV = Math.max(0, (int) Math.ceil(Math.min(va, Math.min(vb, vc)) - 0.5f));
        int maxU = Math.min(n - 1, (int) Math.floor(Math.max(ua, Math.max(ub, uc)) - 0.5f));
        int maxV = Math.min(n - 1, (int) Math.floor(Math.max(va, Math.max(vb, vc)) - 0.5f));
        if (minU > maxU || minV > maxV) return;
        if (area < 0) { // make the winding positive: swap B and C
            float su = ub, sv = vb, sy = yb;
            ub = uc; vb = vc; yb = yc;
            uc = su; vc = sv; yc = sy;
            area = -area;
        }
        float dydu = ((yb - ya) * (vc - va) - (yc - ya) * (vb - va)) / area;
        float dydv = ((yc - ya) * (ub - ua) - (yb - ya) * (uc - ua)) / area;
        float offset = Math.min(MAX_OFFSET, 1.5f * (Math.abs(dydu) + Math.abs(dydv)));
        ensure(count + 1);
        int f = count * FLOATS;
        floats[f] = ua; floats[f + 1] = va; floats[f + 2] = ub; floats[f + 3] = vb;
        floats[f + 4] = uc; floats[f + 5] = vc;
        floats[f + 6] = ya - offset; floats[f + 7] = dydu; floats[f + 8] = dydv;
        int o = count * INTS;
        ints[o] = minU; ints[o + 1] = minV; ints[o + 2] = maxU; ints[o + 3] = maxV;
        count++;
    }

    /** Draws every triangle into rows [rowFrom, rowTo) of {@code height}, keeping the max. */
    void rasterize(float[] height, int rowFrom, int rowTo) {
        int n = ShadowMap.SIZE;
        // Bands of one map run on several threads over the same lists: scratch stays local.
        float[] span = new float[2];
        for (int t = 0; t < count; t++) {
            int o = t * INTS;
            int minV = Math.max(rowFrom, ints[o + 1]);
            int maxV = Math.min(rowTo - 1, ints[o + 3]);
            if (minV > maxV) continue;
            int f = t * FLOATS;
            for (int j = minV; j <= maxV; j++) {
                span(f, j + 0.5f, span);
                int from = Math.max(ints[o], (int) Math.ceil(span[0] - 0.5f));
                int to = Math.min(ints[o + 2], (int) Math.floor(span[1] - 0.5f));
                if (from > to) continue;
                float dydu = floats[f + 7];
                float y = floats[f + 6] + dydu * (from + 0.5f - floats[f])
                        + floats[f + 8] * (j + 0.5f - floats[f + 1]);
                int row = j * n;
                for (int i = from; i <= to; i++, y += dydu) {
                    if (y > height[row + i]) height[row + i] = y;
                }
            }
        }
    }

    // The u interval of triangle f on the row at v = pv, into out = {lo, hi}: where every
    // edge function is ≥ 0, widened a hair so neighbours overlap (max makes overlap harmless).
    private void span(int f, float pv, float[] out) {
        float lo = Float.NEGATIVE_INFINITY;
        float hi = Float.POSITIVE_INFINITY;
        for (int e = 0; e < 3; e++) {
            int a = f + 2 * e, b = f + 2 * ((e + 1) % 3);
            float au = floats[a], av = floats[a + 1];
            float du = floats[b] - au, dv = floats[b + 1] - av;
            // Edge function du·(pv - av) - dv·(u - au) ≥ 0.
            float c = du * (pv - av);
            if (dv > 0) hi = Math.min(hi, au + c / dv);
            else if (dv < 0) lo = Math.max(lo, au + c / dv);
            else if (c < 0) hi = Float.NEGATIVE_INFINITY;
        }
        out[0] = lo - 0.01f;
        out[1] = hi + 0.01f;
    }

    private void ensure(int n) {
        if (n * INTS <= ints.length) return;
        floats = java.util.Arrays.copyOf(floats, floats.length * 2);
        ints = java.util.Arrays.copyOf(ints, ints.length * 2);
    }
}
