package dev.longshot.render;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;

/**
 * What every {@link Drawable} sees of the frame being drawn.
 *
 * @param spec       the frame's world: terrain, subjects, camera, light
 * @param projection the frame's camera projection
 * @param fog        the frame's fog table
 * @param pool       the renderer's workers, for the vertex stage
 */
record DrawContext(FrameSpec spec, Projection projection, Fog fog, WorkerPool pool) {
    Lighting light() {
        return spec.lighting();
    }
}
