package dev.longshot.render;

/**
 * Rasterizes one 64×64 tile: every binned triangle touching it, chunk by chunk in
 * submission order, with fixed-point edge functions, the top-left fill rule and a 1/w depth
 * test (larger is nearer; strictly greater wins, so the first of equal depths stays). Then
 * hands the tile to {@link TileResolver} for sky and water.
 * Terrain colours are Gouraud-interpolated linearly in screen space. Beside colour and
 * depth it writes each pixel's {@link EntityIds} number where the depth is written (the sky's
 * where nothing is), and counts the tile's pixels per number into {@link #counts}: integer
 * sums, so the frame's totals do not depend on which task drew which tile. One instance per
 * task.
 */
final class TileRasterizer {
    /** Colour-buffer marker: this pixel is water, to be shaded in the resolve pass. */
    private static final int WATER_MARK = 0xFF000000;
    private static final int TILE = TriangleBins.TILE;

    private final float[] depth = new float[TILE * TILE]; // (64, 64) 1/w, 0 = nothing
    private final int[] box = new int[6]; // minX, minY, maxX, maxY, tileX, tileY
    private final int[] bounds = new int[4];
    private final TileResolver resolver = new TileResolver();
    /** (entities) pixels per entity number, over this task's tiles since the last clear. */
    final int[] counts = new int[EntityIds.bundled().size()];

    void clearCounts() {
        java.util.Arrays.fill(counts, 0);
    }

    /**
     * Draws and resolves {@code tile} into {@code rgb} and its entity numbers into {@code ids}
     * (both the whole frame, row-major).
     */
    void render(int tile, TriangleBins[] chunks, int[] rgb, int[] ids, FrameShaders shaders) {
        render(tile, chunks, rgb, ids, null, shaders);
    }

    /** As above, also copying the tile's depth (1/w) into {@code frameDepth} unless null. */
    void render(int tile, TriangleBins[] chunks, int[] rgb, int[] ids, float[] frameDepth,
            FrameShaders shaders) {
        TriangleBins first = chunks[0];
        int x0 = (tile % first.tilesX) * TILE;
        int y0 = (tile / first.tilesX) * TILE;
        int x1 = Math.min(first.width, x0 + TILE) - 1;
        int y1 = Math.min(first.height, y0 + TILE) - 1;
        java.util.Arrays.fill(depth, 0f);
        for (TriangleBins bins : chunks) {
            int[] list = bins.tileList[tile];
            int n = bins.tileCount[tile];
            for (int k = 0; k < n; k++) {
                int t = list[k];
                int o = t * TriangleBins.INTS;
                int[] in = bins.ints;
                int minX = Math.max(x0, in[o + 6]);
                int minY = Math.max(y0, in[o + 7]);
                int maxX = Math.min(x1, in[o + 8]);
                int maxY = Math.min(y1, in[o + 9]);
                if (minX > maxX || minY > maxY) continue;
                box[0] = minX; box[1] = minY; box[2] = maxX; box[3] = maxY;
                box[4] = x0; box[5] = y0;
                fill(bins, t, rgb, ids);
            }
        }
        countIds(x0, y0, x1, y1, first.width, ids);
        moonIds(x0, y0, x1, y1, first.width, ids, shaders);
        bounds[0] = x0; bounds[1] = y0; bounds[2] = x1; bounds[3] = y1;
        shaders.shadows().shadeTile(bounds, depth, rgb, WATER_MARK, shaders.projection());
        resolver.resolve(bounds, depth, rgb, WATER_MARK, shaders);
        shaders.overlay().apply(tile, x0, y0, depth, rgb);
        shaders.lamps().apply(bounds, depth, rgb, ids, first.width, counts);
        if (frameDepth != null) {
            for (int y = y0; y <= y1; y++) {
                System.arraycopy(depth, (y - y0) * TILE, frameDepth, y * first.width + x0,
                        x1 - x0 + 1);
            }
        }
    }

    // Sky where nothing was drawn, then pixels per id, counted in runs: neighbours mostly
    // share an id, and one add per run is cheaper than one per pixel on the same counter.
    private void countIds(int x0, int y0, int x1, int y1, int width, int[] ids) {
        int last = EntityIds.SKY, run = 0;
        for (int y = y0; y <= y1; y++) {
            int d = (y - y0) * TILE;
            for (int p = y * width + x0, end = p + x1 - x0; p <= end; p++, d++) {
                int id = depth[d] == 0 ? EntityIds.SKY : ids[p];
                ids[p] = id;
                if (id == last) {
                    run++;
                } else {
                    counts[last] += run;
                    last = id;
                    run = 1;
                }
            }
        }
        counts[last] += run;
    }

    // The sky pixels of the moon's disc are the catalog's moon: a line that names it is
    // measured by them. Only the disc's box is looked at, and only when the moon shows.
    private void moonIds(int x0, int y0, int x1, int y1, int width, int[] ids,
                         FrameShaders shaders) {
        int[] box = shaders.sky().moonBox(shaders.projection());
        if (box == null) return;
        int bx0 = Math.max(x0, box[0]), by0 = Math.max(y0, box[1]);
        int bx1 = Math.min(x1, box[2]), by1 = Math.min(y1, box[3]);
        if (bx0 > bx1 || by0 > by1) return;
        Projection p = shaders.projection();
        int moon = EntityIds.bundled().of("moon");
        for (int y = by0; y <= by1; y++) {
            for (int x = bx0; x <= bx1; x++) {
                int i = y * width + x;
                if (ids[i] != EntityIds.SKY || depth[(y - y0) * TILE + x - x0] != 0) continue;
                float rx = p.rayX0 + x * p.rayXdx + y * p.rayXdy;
                float ry = p.rayY0 + x * p.rayYdx + y * p.rayYdy;
                float rz = p.rayZ0 + x * p.rayZdx + y * p.rayZdy;
                if (!shaders.sky().onMoon(rx, ry, rz)) continue;
                ids[i] = moon;
                counts[EntityIds.SKY]--;
                counts[moon]++;
            }
        }
    }

    // Scan triangle t inside box.
    private void fill(TriangleBins bins, int t, int[] rgb, int[] ids) {
        int[] in = bins.ints;
        float[] fl = bins.floats;
        int o = t * TriangleBins.INTS;
        int f = t * TriangleBins.FLOATS;
        int ax = in[o], ay = in[o + 1], bx = in[o + 2], by = in[o + 3];
        int cx = in[o + 4], cy = in[o + 5];
        int minX = box[0], minY = box[1], maxX = box[2], maxY = box[3];
        int width = bins.width;
        boolean water = bins.material[t] == GridMesh.WATER;
        int share = in[o + 10];
        int entity = in[o + 11];

        // Edge functions at the first pixel centre; bias -1 makes non-top-left edges strict.
        int px = (minX << Projection.SUB_BITS) + Projection.ONE / 2;
        int py = (minY << Projection.SUB_BITS) + Projection.ONE / 2;
        long e0 = edge(ax, ay, bx, by, px, py);
        long e1 = edge(bx, by, cx, cy, px, py);
        long e2 = edge(cx, cy, ax, ay, px, py);
        long e0dx = -(long) (by - ay) << Projection.SUB_BITS;
        long e1dx = -(long) (cy - by) << Projection.SUB_BITS;
        long e2dx = -(long) (ay - cy) << Projection.SUB_BITS;
        long e0dy = (long) (bx - ax) << Projection.SUB_BITS;
        long e1dy = (long) (cx - bx) << Projection.SUB_BITS;
        long e2dy = (long) (ax - cx) << Projection.SUB_BITS;

        float ox = minX + 0.5f - fl[f], oy = minY + 0.5f - fl[f + 1];
        float zdx = fl[f + 3], rdx = fl[f + 6], gdx = fl[f + 9], bdx = fl[f + 12];
        float zRow = fl[f + 2] + zdx * ox + fl[f + 4] * oy;
        float rRow = fl[f + 5] + rdx * ox + fl[f + 7] * oy;
        float gRow = fl[f + 8] + gdx * ox + fl[f + 10] * oy;
        float bRow = fl[f + 11] + bdx * ox + fl[f + 13] * oy;
        int tileX = box[4], tileY = box[5];
        for (int y = minY; y <= maxY; y++) {
            long f0 = e0, f1 = e1, f2 = e2;
            float z = zRow, r = rRow, g = gRow, b = bRow;
            int d = (y - tileY) * TILE + (minX - tileX);
            int p = y * width + minX;
            for (int x = minX; x <= maxX; x++, d++, p++) {
                if ((f0 | f1 | f2) >= 0 && z > depth[d]) {
                    depth[d] = z;
                    ids[p] = entity;
                    rgb[p] = water ? WATER_MARK
                            : share | ((int) r << 16) | ((int) g << 8) | (int) b;
                }
                f0 += e0dx; f1 += e1dx; f2 += e2dx;
                z += zdx; r += rdx; g += gdx; b += bdx;
            }
            e0 += e0dy; e1 += e1dy; e2 += e2dy;
            zRow += fl[f + 4]; rRow += fl[f + 7]; gRow += fl[f + 10]; bRow += fl[f + 13];
        }
    }

    /** Edge function of (a → b) at p, minus 1 unless the edge is top or left. */
    private static long edge(int ax, int ay, int bx, int by, int px, int py) {
        long dx = bx - ax, dy = by - ay;
        long e = dx * (py - ay) - dy * (px - ax);
        boolean topLeft = dy < 0 || (dy == 0 && dx > 0);
        return topLeft ? e : e - 1;
    }

    /** The per-pixel shaders of one frame, the points drawn over its sky, its lamps' glow. */
    record FrameShaders(Projection projection, SkyShader sky, WaterShader water,
                        ShadowMap shadows, SkyOverlay overlay, LampGlow lamps) {}
}
