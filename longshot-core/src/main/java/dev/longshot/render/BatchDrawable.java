package dev.longshot.render;

/**
 * A {@link MeshBatch} filled by a {@link MeshSource}: parts culled whole by their bounding
 * sphere, the visible ones submitted in part order, cut into chunks of parts; every part
 * casts a shadow. Each new kind of low-poly mesh (scenery, subjects, vehicles …) is a source
 * drawn by one of these.
 */
final class BatchDrawable implements Drawable {
    private static final int CHUNKS = 2;

    private final MeshSource source;
    private final MeshBatch batch = new MeshBatch();
    private final ShadedVertices vertices = new ShadedVertices();
    private byte[] visible = new byte[0]; // (P) per frame: 1 when possibly in view

    BatchDrawable(MeshSource source) {
        this.source = source;
    }

    @Override
    public int chunks() {
        return CHUNKS;
    }

    @Override
    public int shadowSlices() {
        return 1;
    }

    @Override
    public void prepare(DrawContext frame) {
        source.fill(frame.spec(), batch);
        if (visible.length < batch.parts()) visible = new byte[batch.parts() * 2];
        vertices.lamps(frame.lamps());
        vertices.shade(batch, visible, frame.projection(), frame.light(), frame.fog(),
                frame.pool());
    }

    @Override
    public void submit(int chunk, MeshSubmitter submitter, TriangleBins bins, Projection proj) {
        int from = chunk * batch.parts() / CHUNKS;
        int to = (chunk + 1) * batch.parts() / CHUNKS;
        submitter.submitBatch(vertices, batch, visible, from, to, bins, proj);
    }

    @Override
    public void cast(int slice, ShadowCasters casters) {
        casters.addBatch(batch, 0, batch.parts());
    }
}
