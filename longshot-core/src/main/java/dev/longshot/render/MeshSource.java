package dev.longshot.render;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.Terrain;
import java.util.function.BiConsumer;

/** Fills a {@link BatchDrawable}'s mesh batch for each frame. */
interface MeshSource {
    /** Makes {@code out} hold this frame's meshes; it still holds those of the frame before. */
    void fill(FrameSpec spec, MeshBatch out);

    /** Rebuilt every frame by {@code build} (things that move: subjects, vehicles …). */
    static MeshSource perFrame(BiConsumer<FrameSpec, MeshBatch> build) {
        return build::accept;
    }

    /** Rebuilt by {@code build} only when the terrain changes (fixed things of a scene). */
    static MeshSource perTerrain(BiConsumer<Terrain, MeshBatch> build) {
        return new MeshSource() {
            private Terrain builtFor;

            @Override
            public void fill(FrameSpec spec, MeshBatch out) {
                if (builtFor == spec.terrain()) return;
                build.accept(spec.terrain(), out);
                builtFor = spec.terrain();
            }
        };
    }
}
