package dev.longshot.render;

import dev.longshot.world.Terrain;

/**
 * The water surface: a flat grid at {@link Terrain#waterLevel()} over the terrain's extent.
 * Its pixels are shaded per pixel by {@link WaterShader}; the mesh only gives coverage and
 * depth. A coarse grid keeps near-plane clipping local.
 */
final class WaterMesh {
    static final int CELLS = 24;

    private WaterMesh() {}

    static GridMesh of(Terrain terrain) {
        double extent = terrain.extent();
        GridMesh m = new GridMesh(CELLS, -extent / 2, -extent / 2, extent / CELLS, GridMesh.WATER);
        java.util.Arrays.fill(m.y, (float) terrain.waterLevel());
        java.util.Arrays.fill(m.ny, 1f);
        return m;
    }
}
