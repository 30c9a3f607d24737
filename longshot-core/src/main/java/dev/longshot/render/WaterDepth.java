package dev.longshot.render;

import dev.longshot.world.Terrain;

/**
 * Depth of the water over a coarse grid of the terrain (level minus ground, metres), sampled
 * once per terrain and looked up bilinearly per water pixel: where the water shoals, the sea
 * foams. Keeps the last two terrains by identity (a dissolve shows two).
 */
final class WaterDepth {
    private static final int CELLS = 192;
    private static final Terrain[] KEYS = new Terrain[2];
    private static final WaterDepth[] VALUES = new WaterDepth[2];

    private final float x0, spacing;
    private final float[] depth; // (CELLS + 1)² row-major, z rows

    private WaterDepth(Terrain t) {
        spacing = (float) (t.extent() / CELLS);
        x0 = (float) (-t.extent() / 2);
        depth = new float[(CELLS + 1) * (CELLS + 1)];
        for (int j = 0; j <= CELLS; j++) {
            for (int i = 0; i <= CELLS; i++) {
                double h = t.heightAt(x0 + i * spacing, x0 + j * spacing);
                depth[j * (CELLS + 1) + i] = (float) (t.waterLevel() - h);
            }
        }
    }

    static synchronized WaterDepth of(Terrain t) {
        for (int k = 0; k < 2; k++) if (KEYS[k] == t) return VALUES[k];
        WaterDepth d = new WaterDepth(t);
        KEYS[1] = KEYS[0]; VALUES[1] = VALUES[0];
        KEYS[0] = t; VALUES[0] = d;
        return d;
    }

    /** Water depth at world (x, z); large beyond the grid. */
    float at(float x, float z) {
        float u = (x - x0) / spacing, v = (z - x0) / spacing;
        if (!(u >= 0 && v >= 0 && u < CELLS && v < CELLS)) return 100;
        int i = (int) u, j = (int) v;
        float fu = u - i, fv = v - j;
        int k = j * (CELLS + 1) + i;
        float top = depth[k] + (depth[k + 1] - depth[k]) * fu;
        float bottom = depth[k + CELLS + 1] + (depth[k + CELLS + 2] - depth[k + CELLS + 1]) * fu;
        return top + (bottom - top) * fv;
    }
}
