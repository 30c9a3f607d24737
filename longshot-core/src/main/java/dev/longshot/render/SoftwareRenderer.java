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
 */
public final class SoftwareRenderer implements FrameGenerator {
    /** Chunks of the terrain walk, binned independently (any count gives the same pixels). */
    private static final int TERRAIN_CHUNKS = 8;

    private final int width;
    private final int height;
    private final WorkerPool pool;
    private final int[] rgb;
    private final TerrainMesh terrainMeshes = new TerrainMesh();
    private final ShadedVertices terrainVertices = new ShadedVertices();
    private final ShadedVertices waterVertices = new ShadedVertices();
    private final TriangleBins[] terrainBins = new TriangleBins[TERRAIN_CHUNKS];
    private final TriangleBins waterBins;
    private final MeshSubmitter[] submitters;
    private final TileRasterizer[] rasterizers;
    private final Fog fog = new Fog();
    private Terrain waterOf;
    private GridMesh water;
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
        for (int i = 0; i < TERRAIN_CHUNKS; i++) terrainBins[i] = new TriangleBins(width, height);
        this.waterBins = new TriangleBins(width, height);
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
        terrainVertices.shade(ground, proj, light, fog, pool);
        GridMesh waterMesh = waterMeshOf(terrain);
        if (waterMesh != null) waterVertices.shade(waterMesh, proj, light, fog, pool);

        // Primitive assembly and binning: terrain chunks front to back, then the water.
        int[] rows = MeshSubmitter.order(ground.cells, proj.eyeZ, ground.z0, ground.spacing);
        int[] cols = MeshSubmitter.order(ground.cells, proj.eyeX, ground.x0, ground.spacing);
        int jobs = TERRAIN_CHUNKS + (waterMesh != null ? 1 : 0);
        pool.forEach(jobs, (job, task) -> {
            MeshSubmitter submitter = submitters[task];
            if (job < TERRAIN_CHUNKS) {
                TriangleBins bins = terrainBins[job];
                bins.clear();
                int from = job * ground.cells / TERRAIN_CHUNKS;
                int to = (job + 1) * ground.cells / TERRAIN_CHUNKS;
                var order = new MeshSubmitter.CellOrder(rows, cols, from, to);
                submitter.submit(terrainVertices, ground, order, bins, proj);
            } else {
                waterBins.clear();
                int n = waterMesh.cells;
                int[] wr = MeshSubmitter.order(n, proj.eyeZ, waterMesh.z0, waterMesh.spacing);
                int[] wc = MeshSubmitter.order(n, proj.eyeX, waterMesh.x0, waterMesh.spacing);
                var order = new MeshSubmitter.CellOrder(wr, wc, 0, n);
                submitter.submit(waterVertices, waterMesh, order, waterBins, proj);
            }
        });
        TriangleBins[] chunks = waterMesh == null ? terrainBins : withWater();

        // Tiles in parallel: rasterize, then sky and water per pixel.
        SkyShader sky = new SkyShader(light);
        WaterShader waterShader = new WaterShader(proj, light, sky, fog,
                terrain.waterLevel(), spec.time().seconds());
        var shaders = new TileRasterizer.FrameShaders(proj, sky, waterShader);
        TriangleBins first = chunks[0];
        pool.forEach(first.tilesX * first.tilesY,
                (tile, task) -> rasterizers[task].render(tile, chunks, rgb, shaders));
        return new Frame(width, height, rgb.clone(), spec.time());
    }

    private TriangleBins[] withWater() {
        TriangleBins[] all = java.util.Arrays.copyOf(terrainBins, TERRAIN_CHUNKS + 1);
        all[TERRAIN_CHUNKS] = waterBins;
        return all;
    }

    private GridMesh waterMeshOf(Terrain terrain) {
        if (terrain.water() == Water.NONE) return null;
        if (waterOf != terrain) {
            water = WaterMesh.of(terrain);
            waterOf = terrain;
        }
        return water;
    }

    @Override
    public synchronized void close() {
        closed = true;
        pool.close();
    }
}
