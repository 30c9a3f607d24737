package dev.longshot.render;

/**
 * Triangle setup and binning for one chunk of submitted geometry. Each accepted triangle is
 * stored once (edges in fixed point, bounding box, attribute planes) and its index appended
 * to the list of every 64×64 tile its bounding box touches, in submission order.
 *
 * <p>Culls back faces, degenerate triangles and triangles that cover no pixel centre.
 * Front faces are counter-clockwise seen from outside, which is negative signed area in
 * y-down screen space; accepted triangles are stored with vertices 1 and 2 swapped so that
 * their area is positive and "inside" means every edge function is ≥ 0.
 */
final class TriangleBins {
    static final int TILE_BITS = 6;
    static final int TILE = 1 << TILE_BITS;
    /** x0 y0 x1 y1 x2 y2, pixel bbox minX minY maxX maxY, direct-light share << 24, entity. */
    static final int INTS = 12;
    /** Largest share code: 0xFF in the top byte is left for marks such as water. */
    static final int MAX_SHARE = 254;
    static final int FLOATS = 14; // X0 Y0 (pixels), then (value, d/dx, d/dy) of 1/w, r, g, b

    final int width;
    final int height;
    final int tilesX;
    final int tilesY;
    int count;
    int[] ints = new int[INTS * 1024];
    float[] floats = new float[FLOATS * 1024];
    byte[] material = new byte[1024];
    final int[][] tileList;  // (tiles, n) triangle indices
    final int[] tileCount;   // (tiles)
    /** The {@link EntityIds} number the triangles added next stand for; set by the drawable. */
    int entity = EntityIds.UNKNOWN;

    TriangleBins(int width, int height) {
        this.width = width;
        this.height = height;
        this.tilesX = (width + TILE - 1) >> TILE_BITS;
        this.tilesY = (height + TILE - 1) >> TILE_BITS;
        this.tileList = new int[tilesX * tilesY][16];
        this.tileCount = new int[tilesX * tilesY];
    }

    void clear() {
        count = 0;
        entity = EntityIds.UNKNOWN;
        java.util.Arrays.fill(tileCount, 0);
    }

    /** Sets up and bins {@code t}; returns false when it was culled. */
    boolean add(Triangle t, byte mat) {
        int x0 = t.x[0], y0 = t.y[0];
        long area = (long) (t.x[1] - x0) * (t.y[2] - y0) - (long) (t.y[1] - y0) * (t.x[2] - x0);
        if (area >= 0) return false; // back face or degenerate
        // Swap corners 1 and 2: positive area from here on.
        int x1 = t.x[2], y1 = t.y[2], x2 = t.x[1], y2 = t.y[1];

        // Pixel range whose centres (p + 0.5) lie inside the bounding box.
        int half = Projection.ONE / 2;
        int minX = Math.max(0, (Math.min(x0, Math.min(x1, x2)) - half + Projection.ONE - 1)
                >> Projection.SUB_BITS);
        int minY = Math.max(0, (Math.min(y0, Math.min(y1, y2)) - half + Projection.ONE - 1)
                >> Projection.SUB_BITS);
        int maxX = Math.min(width - 1, (Math.max(x0, Math.max(x1, x2)) - half)
                >> Projection.SUB_BITS);
        int maxY = Math.min(height - 1, (Math.max(y0, Math.max(y1, y2)) - half)
                >> Projection.SUB_BITS);
        if (minX > maxX || minY > maxY) return false;

        int i = count;
        ensure(i + 1);
        int o = i * INTS;
        ints[o] = x0; ints[o + 1] = y0; ints[o + 2] = x1; ints[o + 3] = y1;
        ints[o + 4] = x2; ints[o + 5] = y2;
        ints[o + 6] = minX; ints[o + 7] = minY; ints[o + 8] = maxX; ints[o + 9] = maxY;
        // Flat per triangle: the share changes slowly and only scales shadowed pixels.
        float share = (t.share[0] + t.share[1] + t.share[2]) * (MAX_SHARE / 3f);
        ints[o + 10] = Math.min(MAX_SHARE, Math.max(0, (int) (share + 0.5f))) << 24;
        ints[o + 11] = entity;

        // Attribute planes: a(X, Y) = a0 + dadx (X - X0) + dady (Y - Y0), X, Y in pixels.
        double s = 1.0 / Projection.ONE;
        double dx1 = (x1 - x0) * s, dy1 = (y1 - y0) * s;
        double dx2 = (x2 - x0) * s, dy2 = (y2 - y0) * s;
        double inv = 1 / (dx1 * dy2 - dx2 * dy1);
        int f = i * FLOATS;
        floats[f] = (float) (x0 * s);
        floats[f + 1] = (float) (y0 * s);
        // Gradient weights of (a1 - a0) and (a2 - a0), a1/a2 taken from the swapped corners.
        double wx1 = dy2 * inv, wx2 = -dy1 * inv, wy1 = -dx2 * inv, wy2 = dx1 * inv;
        plane(f + 2, t.invW, wx1, wx2, wy1, wy2);
        plane(f + 5, t.r, wx1, wx2, wy1, wy2);
        plane(f + 8, t.g, wx1, wx2, wy1, wy2);
        plane(f + 11, t.b, wx1, wx2, wy1, wy2);
        material[i] = mat;
        count = i + 1;

        // Bin into every tile the pixel range touches.
        for (int ty = minY >> TILE_BITS; ty <= maxY >> TILE_BITS; ty++) {
            for (int tx = minX >> TILE_BITS; tx <= maxX >> TILE_BITS; tx++) {
                int tile = ty * tilesX + tx;
                int n = tileCount[tile];
                int[] list = tileList[tile];
                if (n == list.length) tileList[tile] = list = java.util.Arrays.copyOf(list, n * 2);
                list[n] = i;
                tileCount[tile] = n + 1;
            }
        }
        return true;
    }

    /** Stores value at corner 0 and the screen gradient of one attribute (corners swapped). */
    private void plane(int at, float[] a, double wx1, double wx2, double wy1, double wy2) {
        double d1 = a[2] - (double) a[0];
        double d2 = a[1] - (double) a[0];
        floats[at] = a[0];
        floats[at + 1] = (float) (d1 * wx1 + d2 * wx2);
        floats[at + 2] = (float) (d1 * wy1 + d2 * wy2);
    }

    private void ensure(int n) {
        if (material.length >= n) return;
        int cap = material.length * 2;
        ints = java.util.Arrays.copyOf(ints, cap * INTS);
        floats = java.util.Arrays.copyOf(floats, cap * FLOATS);
        material = java.util.Arrays.copyOf(material, cap);
    }
}
