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
 * @param lamps      the lamps lighting their surroundings this frame (none by day)
 */
record DrawContext(FrameSpec spec, Projection projection, Fog fog, WorkerPool pool,
        PointLights lamps) {
    Lighting light() {
        return spec.lighting();
    }
}
