package dev.longshot.render;

import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.GroundPalette;

/**
 * Turns a {@link Terrain} into a {@link GridMesh} sampled over its whole extent, and keeps
 * the last couple of meshes by terrain identity: a scene passes the same Terrain object for
 * every frame, so the mesh is built once per scene.
 */
final class TerrainMesh {
    /** Cells per side: 256² cells, 2 × 65 536 triangles. */
    static final int CELLS = 256;
    private static final int KEEP = 2;

    private final Terrain[] keys = new Terrain[KEEP];
    private final GridMesh[] meshes = new GridMesh[KEEP];

    /** The mesh of {@code terrain}, built on {@code pool} unless cached. */
    GridMesh meshFor(Terrain terrain, WorkerPool pool) {
        for (int k = 0; k < KEEP; k++) {
            if (keys[k] == terrain) return meshes[k];
        }
        GridMesh mesh = build(terrain, CELLS, pool);
        // Evict the oldest: shift down, newest at 0.
        System.arraycopy(keys, 0, keys, 1, KEEP - 1);
        System.arraycopy(meshes, 0, meshes, 1, KEEP - 1);
        keys[0] = terrain;
        meshes[0] = mesh;
        return mesh;
    }

    /**
     * Height of the drawn ground at (x, z): the mesh's triangle over the point, interpolated
     * as the rasterizer does (cell (i, j) split along its (i+1, j)–(i, j+1) diagonal), not
     * the terrain's own smooth height, which lies up to a metre off it on hills.
     */
    static double surfaceHeight(Terrain terrain, double x, double z) {
        double extent = terrain.extent();
        double spacing = extent / CELLS;
        double gx = (x + extent / 2) / spacing, gz = (z + extent / 2) / spacing;
        int i = (int) StrictMath.max(0, StrictMath.min(CELLS - 1, StrictMath.floor(gx)));
        int j = (int) StrictMath.max(0, StrictMath.min(CELLS - 1, StrictMath.floor(gz)));
        double u = gx - i, v = gz - j;
        double x0 = -extent / 2 + i * spacing, z0 = -extent / 2 + j * spacing;
        double x1 = -extent / 2 + (i + 1) * spacing, z1 = -extent / 2 + (j + 1) * spacing;
        double ha = (float) terrain.heightAt(x0, z0);
        double hb = (float) terrain.heightAt(x1, z0);
        double hc = (float) terrain.heightAt(x0, z1);
        if (u + v <= 1) return ha + u * (hb - ha) + v * (hc - ha);
        double hd = (float) terrain.heightAt(x1, z1);
        return hd + (1 - u) * (hc - hd) + (1 - v) * (hb - hd);
    }

    static GridMesh build(Terrain terrain, int cells, WorkerPool pool) {
        double extent = terrain.extent();
        double spacing = extent / cells;
        GridMesh m = new GridMesh(cells, -extent / 2, -extent / 2, spacing, GridMesh.TERRAIN);
        int side = cells + 1;
        boolean patterned = GroundPalette.patterned(terrain);
        // Heights, one row per work item.
        pool.forEach(side, (j, task) -> {
            for (int i = 0; i < side; i++) {
                m.y[j * side + i] = (float) terrain.heightAt(m.xOf(i), m.zOf(j));
            }
        });
        // Normals from central differences of the grid; slope = |gradient| (rise over run).
        pool.forEach(side, (j, task) -> {
            for (int i = 0; i < side; i++) {
                int i0 = Math.max(0, i - 1), i1 = Math.min(cells, i + 1);
                int j0 = Math.max(0, j - 1), j1 = Math.min(cells, j + 1);
                double gx = (m.y[j * side + i1] - m.y[j * side + i0]) / ((i1 - i0) * spacing);
                double gz = (m.y[j1 * side + i] - m.y[j0 * side + i]) / ((j1 - j0) * spacing);
                double len = StrictMath.sqrt(gx * gx + 1 + gz * gz);
                int v = j * side + i;
                m.nx[v] = (float) (-gx / len);
                m.ny[v] = (float) (1 / len);
                m.nz[v] = (float) (-gz / len);
                double slope = StrictMath.sqrt(gx * gx + gz * gz);
                m.albedo[v] = patterned ? terrain.albedoAt(m.xOf(i), m.zOf(j), m.y[v], slope)
                        : terrain.albedoAt(m.y[v], slope);
            }
        });
        return m;
    }
}
