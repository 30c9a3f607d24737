package dev.longshot.render;

/**
 * The per-pixel pass after rasterizing a tile: sky where nothing was drawn, water where
 * the water plane won. Both are smooth functions of the view ray, so they are evaluated on
 * a lattice of every second pixel (lazily, only where needed) and the pixels in between
 * take the exact integer mean of their two or four lattice neighbours: about a quarter of
 * the shader calls for the same picture. Lattice points depend only on pixel coordinates,
 * so tiles and threads never change the result. One instance per task.
 */
final class TileResolver {
    private static final int TILE = TriangleBins.TILE;
    private static final int SIDE = TILE / 2 + 1;          // lattice points per side
    private static final int SKY = 0;
    private static final int WATER = 1;

    private final int[][] lattice = new int[2][SIDE * SIDE]; // (material, SIDE, SIDE) rgb
    private final int[][] stamp = new int[2][SIDE * SIDE];   // valid when == generation
    private int generation;

    /**
     * Resolves the tile at (x0, y0) … (x1, y1) inclusive; {@code depth} is the tile's
     * 1/w buffer (0 = empty), {@code waterMark} the colour marking water pixels.
     */
    void resolve(int[] bounds, float[] depth, int[] rgb, int waterMark,
                 TileRasterizer.FrameShaders sh) {
        int x0 = bounds[0], y0 = bounds[1], x1 = bounds[2], y1 = bounds[3];
        if (++generation == 0) { // wrapped: forget everything
            java.util.Arrays.fill(stamp[0], 0);
            java.util.Arrays.fill(stamp[1], 0);
            generation = 1;
        }
        int width = sh.projection().width;
        for (int y = y0; y <= y1; y++) {
            int d = (y - y0) * TILE;
            int p = y * width + x0;
            int ly = (y - y0) >> 1;
            boolean oddY = ((y - y0) & 1) != 0;
            for (int x = x0; x <= x1; x++, d++, p++) {
                int m;
                if (depth[d] == 0) m = SKY;
                else if (rgb[p] == waterMark) m = WATER;
                else continue;
                int lx = (x - x0) >> 1;
                int i = ly * SIDE + lx;
                int c = at(m, i, x0, y0, sh);
                if (((x - x0) & 1) != 0) c = mean(c, at(m, i + 1, x0, y0, sh));
                if (oddY) {
                    int below = at(m, i + SIDE, x0, y0, sh);
                    if (((x - x0) & 1) != 0) below = mean(below, at(m, i + SIDE + 1, x0, y0, sh));
                    c = mean(c, below);
                }
                rgb[p] = c;
            }
        }
    }

    // Lattice value i of material m, shading it on first use.
    private int at(int m, int i, int x0, int y0, TileRasterizer.FrameShaders sh) {
        if (stamp[m][i] == generation) return lattice[m][i];
        Projection pr = sh.projection();
        int x = x0 + 2 * (i % SIDE);
        int y = y0 + 2 * (i / SIDE);
        float rx = pr.rayX0 + pr.rayXdx * x + pr.rayXdy * y;
        float ry = pr.rayY0 + pr.rayYdx * x + pr.rayYdy * y;
        float rz = pr.rayZ0 + pr.rayZdx * x + pr.rayZdy * y;
        int c = m == SKY ? sh.sky().shade(rx, ry, rz) : sh.water().shade(rx, ry, rz);
        lattice[m][i] = c;
        stamp[m][i] = generation;
        return c;
    }

    /** Per-channel mean of two packed colours, rounded down; exact in integers. */
    static int mean(int a, int b) {
        return ((a & 0xFEFEFE) >>> 1) + ((b & 0xFEFEFE) >>> 1) + (a & b & 0x010101);
    }
}
