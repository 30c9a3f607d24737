package dev.longshot.render;

import dev.longshot.plan.Water;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.Terrain;
import java.util.Objects;

/**
 * The embedded frame generator: a deterministic software rasterizer in plain Java.
 *
 * <p>Per frame: vertex stage (project, light, fog every mesh vertex) → primitive assembly
 * and binning (cull, clip, set up, bin into 64×64 tiles; fixed chunks of the mesh walk) →
 * tiles in parallel (rasterize each tile's triangles in submission order, then sky and
 * water per pixel). Every stage splits work into items whose output does not depend on
 * which thread ran them, so the pixels are bit-identical for any thread count.
 *
 * <p>Not thread-safe for concurrent {@link #render} calls on one instance (they are
 * serialized); the instance owns a fixed pool of {@code threads} daemon threads until
 * {@link #close()}.
 */
public final class SoftwareRenderer implements FrameGenerator {
    /** Chunks of the terrain walk, binned independently (any count gives the same pixels). */
    private static final int TERRAIN_CHUNKS = 8;
    private static final int TREE_CHUNKS = 2;
    private static final int TREES_PER_ITEM = 256;
    /** Chunks of each mesh batch's parts (scenery, subjects). */
    private static final int BATCH_CHUNKS = 2;
    private static final int SCENERY_BIN = TERRAIN_CHUNKS + TREE_CHUNKS;
    private static final int SUBJECT_BIN = SCENERY_BIN + BATCH_CHUNKS;
    private static final int WATER_BIN = SUBJECT_BIN + BATCH_CHUNKS;

    private final int width;
    private final int height;
    private final WorkerPool pool;
    private final int[] rgb;
    private final TerrainMesh terrainMeshes = new TerrainMesh();
    private final ShadedVertices terrainVertices = new ShadedVertices();
    private final ShadedVertices treeVertices = new ShadedVertices();
    private final ShadedVertices waterVertices = new ShadedVertices();
    private final ShadedVertices sceneryVertices = new ShadedVertices();
    private final ShadedVertices subjectVertices = new ShadedVertices();
    private final MeshBatch scenery = new MeshBatch();
    private final MeshBatch subjects = new MeshBatch();
    private byte[] sceneryVisible = new byte[0];
    private byte[] subjectVisible = new byte[0];
    /** Bins in draw order: terrain chunks, tree chunks, scenery, subjects, water. */
    private final TriangleBins[] bins = new TriangleBins[WATER_BIN + 1];
    private final MeshSubmitter[] submitters;
    private final TileRasterizer[] rasterizers;
    private final Fog fog = new Fog();
    private Terrain extrasOf;
    private GridMesh water;
    private TreeMesh trees;
    private boolean closed;

    public SoftwareRenderer(int width, int height, int threads) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException(
                    "frame size must be at least 1x1, got " + width + "x" + height);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.width = width;
        this.height = height;
        this.rgb = new int[Math.multiplyExact(width, height)];
        this.pool = new WorkerPool(threads);
        for (int i = 0; i < bins.length; i++) bins[i] = new TriangleBins(width, height);
        this.submitters = new MeshSubmitter[threads];
        this.rasterizers = new TileRasterizer[threads];
        for (int i = 0; i < threads; i++) {
            submitters[i] = new MeshSubmitter();
            rasterizers[i] = new TileRasterizer();
        }
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public synchronized Frame render(FrameSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (closed) throw new IllegalStateException("renderer is closed");
        Terrain terrain = spec.terrain();
        Lighting light = spec.lighting();
        Projection proj = new Projection(spec.camera(), width, height);
        fog.update(light.fogDensity());

        // Vertex stage.
        GridMesh ground = terrainMeshes.meshFor(terrain, pool);
        updateExtras(terrain, ground);
        terrainVertices.shade(ground, proj, light, fog, pool);
        if (water != null) waterVertices.shade(water, proj, light, fog, pool);
        if (trees != null) {
            TreeMesh forest = trees;
            treeVertices.begin(proj, light, fog, GridMesh.TERRAIN, forest.count * TreeMesh.VERTS);
            int items = (forest.count + TREES_PER_ITEM - 1) / TREES_PER_ITEM;
            pool.forEach(items, (item, task) -> {
                int to = Math.min(forest.count, (item + 1) * TREES_PER_ITEM);
                for (int t = item * TREES_PER_ITEM; t < to; t++) {
                    forest.shade(t, treeVertices, proj);
                }
            });
        }

        SubjectMeshes.build(spec.subjects(), subjects);
        sceneryVisible = visibility(scenery, sceneryVisible);
        subjectVisible = visibility(subjects, subjectVisible);
        sceneryVertices.shade(scenery, sceneryVisible, proj, light, fog, pool);
        subjectVertices.shade(subjects, subjectVisible, proj, light, fog, pool);

        // Primitive assembly and binning, one job per bin.
        int[] rows = MeshSubmitter.order(ground.cells, proj.eyeZ, ground.z0, ground.spacing);
        int[] cols = MeshSubmitter.order(ground.cells, proj.eyeX, ground.x0, ground.spacing);
        pool.forEach(bins.length, (job, task) -> {
            bins[job].clear();
            submit(job, submitters[task], ground, new int[][] {rows, cols}, proj);
        });

        // Tiles in parallel: rasterize, then sky and water per pixel.
        SkyShader sky = new SkyShader(light);
        WaterShader waterShader = new WaterShader(proj, light, sky, fog,
                terrain.waterLevel(), spec.time().seconds());
        var shaders = new TileRasterizer.FrameShaders(proj, sky, waterShader);
        TriangleBins first = bins[0];
        pool.forEach(first.tilesX * first.tilesY,
                (tile, task) -> rasterizers[task].render(tile, bins, rgb, shaders));
        return new Frame(width, height, rgb.clone(), spec.time());
    }

    private static byte[] visibility(MeshBatch batch, byte[] flags) {
        return flags.length >= batch.parts() ? flags : new byte[batch.parts() * 2];
    }

    // Fills bins[job]: a slice of the terrain walk, of the trees, of a mesh batch, or the water.
    private void submit(int job, MeshSubmitter submitter, GridMesh ground, int[][] walk,
                        Projection proj) {
        if (job < TERRAIN_CHUNKS) {
            int from = job * ground.cells / TERRAIN_CHUNKS;
            int to = (job + 1) * ground.cells / TERRAIN_CHUNKS;
            var order = new MeshSubmitter.CellOrder(walk[0], walk[1], from, to);
            submitter.submit(terrainVertices, ground, order, bins[job], proj);
        } else if (job < TERRAIN_CHUNKS + TREE_CHUNKS) {
            if (trees == null) return;
            int k = job - TERRAIN_CHUNKS;
            int from = k * trees.count / TREE_CHUNKS;
            int to = (k + 1) * trees.count / TREE_CHUNKS;
            submitter.submitTrees(treeVertices, trees, from, to, bins[job], proj);
        } else if (job < WATER_BIN) {
            boolean isScenery = job < SUBJECT_BIN;
            MeshBatch batch = isScenery ? scenery : subjects;
            int k = job - (isScenery ? SCENERY_BIN : SUBJECT_BIN);
            int from = k * batch.parts() / BATCH_CHUNKS;
            int to = (k + 1) * batch.parts() / BATCH_CHUNKS;
            submitter.submitBatch(isScenery ? sceneryVertices : subjectVertices, batch,
                    isScenery ? sceneryVisible : subjectVisible, from, to, bins[job], proj);
        } else if (water != null) {
            int n = water.cells;
            int[] wr = MeshSubmitter.order(n, proj.eyeZ, water.z0, water.spacing);
            int[] wc = MeshSubmitter.order(n, proj.eyeX, water.x0, water.spacing);
            var order = new MeshSubmitter.CellOrder(wr, wc, 0, n);
            submitter.submit(waterVertices, water, order, bins[job], proj);
        }
    }

    // Water plane, trees and scenery of the terrain, rebuilt when the terrain object changes.
    private void updateExtras(Terrain terrain, GridMesh ground) {
        if (extrasOf == terrain) return;
        water = terrain.water() == Water.NONE ? null : WaterMesh.of(terrain);
        trees = TreeMesh.plant(terrain);
        SceneryMeshes.build(terrain, scenery);
        extrasOf = terrain;
    }

    @Override
    public synchronized void close() {
        closed = true;
        pool.close();
    }
}
