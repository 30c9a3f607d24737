package dev.longshot.render;

/**
 * The ground: the terrain's grid mesh, walked roughly front to back from the camera and cut
 * into chunks of rows; casts shadows from the cells under the shadow map.
 */
final class TerrainDrawable implements Drawable {
    /** Chunks of the walk, binned independently (any count gives the same pixels). */
    private static final int CHUNKS = 8;
    /** Row slices of the shadow window. */
    private static final int SHADOW_SLICES = 4;

    private final TerrainMesh meshes = new TerrainMesh();
    private final ShadedVertices vertices = new ShadedVertices();
    private GridMesh ground;
    private int[] rows;
    private int[] cols;
    private int[] window;
    private int entity; // EntityIds: the setting

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
        Projection proj = frame.projection();
        ground = meshes.meshFor(frame.spec().terrain(), frame.pool());
        // Ground gone over half way to mud shows as the catalog's mud ("turns to mud").
        double mud = frame.light().atmosphere().mud();
        entity = EntityIds.bundled().of(mud >= 0.5 ? "mud"
                : frame.spec().terrain().setting().id());
        vertices.lamps(frame.lamps());
        vertices.mud(mud);
        vertices.snow(frame.light().atmosphere().snowCover());
        vertices.shade(ground, proj, frame.light(), frame.fog(), frame.pool());
        rows = MeshSubmitter.order(ground.cells, proj.eyeZ, ground.z0, ground.spacing);
        cols = MeshSubmitter.order(ground.cells, proj.eyeX, ground.x0, ground.spacing);
    }

    @Override
    public void submit(int chunk, MeshSubmitter submitter, TriangleBins bins, Projection proj) {
        int from = chunk * ground.cells / CHUNKS;
        int to = (chunk + 1) * ground.cells / CHUNKS;
        var order = new MeshSubmitter.CellOrder(rows, cols, from, to);
        bins.entity = entity;
        submitter.submit(vertices, ground, order, bins, proj);
    }

    @Override
    public void beginShadows(ShadowMap map) {
        window = map.window(ground);
    }

    @Override
    public void cast(int slice, ShadowCasters casters) {
        int span = window[3] - window[2];
        int from = window[2] + slice * span / SHADOW_SLICES;
        int to = window[2] + (slice + 1) * span / SHADOW_SLICES;
        casters.addTerrain(ground, from, to, window[0], window[1]);
    }
}
