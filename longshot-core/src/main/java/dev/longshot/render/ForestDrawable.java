package dev.longshot.render;

import dev.longshot.world.Terrain;

/** The terrain's trees, instanced from one template ({@link TreeMesh}), planted per terrain. */
final class ForestDrawable implements Drawable {
    private static final int CHUNKS = 2;
    private static final int SHADOW_SLICES = 2;
    /** Trees per work item of the vertex stage. */
    private static final int TREES_PER_ITEM = 256;

    private final ShadedVertices vertices = new ShadedVertices();
    private Terrain plantedFor;
    private TreeMesh trees; // null: the terrain has none

    @Override
    public int chunks() {
        return CHUNKS;
    }

    @Override
    public int shadowSlices() {
        return SHADOW_SLICES;
    }

    @Override
    public void prepare(DrawContext frame) {
        Terrain terrain = frame.spec().terrain();
        if (plantedFor != terrain) {
            trees = TreeMesh.plant(terrain);
            plantedFor = terrain;
        }
        if (trees == null) return;
        TreeMesh forest = trees;
        Projection proj = frame.projection();
        vertices.lamps(frame.lamps());
        vertices.begin(proj, frame.light(), frame.fog(), GridMesh.TERRAIN,
                forest.count * TreeMesh.VERTS);
        int items = (forest.count + TREES_PER_ITEM - 1) / TREES_PER_ITEM;
        frame.pool().forEach(items, (item, task) -> {
            int to = Math.min(forest.count, (item + 1) * TREES_PER_ITEM);
            for (int t = item * TREES_PER_ITEM; t < to; t++) forest.shade(t, vertices, proj);
        });
    }

    @Override
    public void submit(int chunk, MeshSubmitter submitter, TriangleBins bins, Projection proj) {
        if (trees == null) return;
        int from = chunk * trees.count / CHUNKS;
        int to = (chunk + 1) * trees.count / CHUNKS;
        submitter.submitTrees(vertices, trees, from, to, bins, proj);
    }

    @Override
    public void cast(int slice, ShadowCasters casters) {
        if (trees == null) return;
        int from = slice * trees.count / SHADOW_SLICES;
        int to = (slice + 1) * trees.count / SHADOW_SLICES;
        casters.addTrees(trees, from, to);
    }
}
