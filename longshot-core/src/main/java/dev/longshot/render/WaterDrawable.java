package dev.longshot.render;

import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;

/**
 * The water plane ({@link WaterMesh}), drawn last; its pixels are only marked here and shaded
 * per pixel later. Casts no shadow.
 */
final class WaterDrawable implements Drawable {
    private final ShadedVertices vertices = new ShadedVertices();
    private Terrain builtFor;
    private GridMesh water; // null: the terrain has none
    private MeshSubmitter.CellOrder order;
    private int entity; // EntityIds: the kind of water

    @Override
    public int chunks() {
        return 1;
    }

    @Override
    public void prepare(DrawContext frame) {
        Terrain terrain = frame.spec().terrain();
        if (builtFor != terrain) {
            water = terrain.water() == Water.NONE ? null : WaterMesh.of(terrain);
            entity = EntityIds.bundled().of(terrain.water().id());
            builtFor = terrain;
        }
        if (water == null) return;
        Projection proj = frame.projection();
        vertices.shade(water, proj, frame.light(), frame.fog(), frame.pool());
        int n = water.cells;
        int[] rows = MeshSubmitter.order(n, proj.eyeZ, water.z0, water.spacing);
        int[] cols = MeshSubmitter.order(n, proj.eyeX, water.x0, water.spacing);
        order = new MeshSubmitter.CellOrder(rows, cols, 0, n);
    }

    @Override
    public void submit(int chunk, MeshSubmitter submitter, TriangleBins bins, Projection proj) {
        if (water == null) return;
        bins.entity = entity;
        submitter.submit(vertices, water, order, bins, proj);
    }
}
