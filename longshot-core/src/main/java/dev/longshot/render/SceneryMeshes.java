package dev.longshot.render;

import dev.longshot.world.Terrain;

/**
 * The fixed things of a scene beyond terrain, water and trees — rocks, buildings, ruins —
 * built once per terrain into a batch, one part per thing.
 */
final class SceneryMeshes {
    private SceneryMeshes() {}

    /** Clears {@code out} and fills it with the scenery of {@code terrain}. */
    static void build(Terrain terrain, MeshBatch out) {
        out.clear();
    }
}
