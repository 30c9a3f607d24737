package dev.longshot.render;

import dev.longshot.world.Terrain;

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

    static GridMesh build(Terrain terrain, int cells, WorkerPool pool) {
        double extent = terrain.extent();
        double spacing = extent / cells;
        GridMesh m = new GridMesh(cells, -extent / 2, -extent / 2, spacing, GridMesh.TERRAIN);
        int side = cells + 1;
        // Heights, one row per work item.
        pool.forEach(side, (j, task) -> {
            for (int i = 0; i < side; i++) {
                m.y[j * side + i] = (float) terrain.heightAt(m.xOf(i), m.zOf(j));
            }
        });
        // Normals from central differences of the grid; slope = |gradient| (rise over run).
        pool.forEach(side, (j, task) -> {
            for (int i = 0; i < side; i++) {
                double left = m.y[j * side + Math.max(0, i - 1)];
                double right = m.y[j * side + Math.min(cells, i + 1)];
                double up = m.y[Math.max(0, j - 1) * side + i];
                double down = m.y[Math.min(cells, j + 1) * side + i];
                double gx = (right - left) / ((Math.min(cells, i + 1) - Math.max(0, i - 1)) * spacing);
                double gz = (down - up) / ((Math.min(cells, j + 1) - Math.max(0, j - 1)) * spacing);
                double len = StrictMath.sqrt(gx * gx + 1 + gz * gz);
                int v = j * side + i;
                m.nx[v] = (float) (-gx / len);
                m.ny[v] = (float) (1 / len);
                m.nz[v] = (float) (-gz / len);
                m.albedo[v] = terrain.albedoAt(m.y[v], StrictMath.sqrt(gx * gx + gz * gz));
            }
        });
        return m;
    }
}
