package dev.longshot.render;

/**
 * One kind of geometry the software renderer draws (terrain, trees, a batch of meshes,
 * water …). Adding a kind of mesh is one implementation and one entry in the
 * {@link DrawList}; the list gives each drawable its own bins and shadow caster lists.
 *
 * <p>Per frame: {@link #prepare} (one drawable at a time, in draw order), then, when the sun
 * casts shadows, {@link #beginShadows} and {@link #cast} per slice, then {@link #submit} per
 * chunk. Slices and chunks run in parallel, so each must touch only its own output; the
 * pixels depend only on what each chunk submits, in order, never on which thread ran it.
 */
interface Drawable {
    /** Bins it fills, rasterized in index order after earlier drawables'; fixed for life. */
    int chunks();

    /** Shadow caster lists it fills (0: casts no shadow); fixed for life. */
    default int shadowSlices() {
        return 0;
    }

    /** Vertex stage: (re)builds its geometry for the frame, then projects, lights, fogs it. */
    void prepare(DrawContext frame);

    /** Adds the triangles of {@code chunk} (0 … chunks − 1) to {@code bins}, in fixed order. */
    void submit(int chunk, MeshSubmitter submitter, TriangleBins bins, Projection proj);

    /** Called once before casting, with the map fitted to this frame's light. */
    default void beginShadows(ShadowMap map) {}

    /** Adds the casters of {@code slice} (0 … shadowSlices − 1) to {@code casters}. */
    default void cast(int slice, ShadowCasters casters) {}
}
