package dev.longshot.world.creature;

import dev.longshot.world.Terrain;
import dev.longshot.world.ValueNoise;
import dev.longshot.world.camera.Camera;

/**
 * What the creature simulation needs of the rest of the world for one frame: the ground, the
 * solids on it, the camera (spawns are placed where it looks) and the seeds of its choices.
 *
 * @param terrain   the scene's ground
 * @param obstacles the scene's solids
 * @param camera    this frame's camera
 * @param seed      the world's seed
 * @param scene     index of the scene
 * @param salt      re-sampling salt (0: the original draw)
 */
public record Surroundings(Terrain terrain, ObstacleField obstacles, Camera camera, long seed,
        int scene, long salt) {

    /** A seed for {@code purpose} under this frame's seed, scene and salt. */
    long seedFor(long purpose) {
        return ValueNoise.mix(ValueNoise.mix(seed * 0x9E3779B97F4A7C15L + scene)
                ^ (purpose * 0xC2B2AE3D27D4EB4FL) ^ salt);
    }

    /** {@code seed} re-drawn under the salt: the same seed while the salt is 0. */
    long whim(long seed) {
        return salt == 0 ? seed : ValueNoise.mix(seed ^ salt * 0x9E3779B97F4A7C15L);
    }

    /** Height of the floor under (x, z): the ground, or the water surface over water. */
    double floorAt(double x, double z) {
        return StrictMath.max(terrain.heightAt(x, z), terrain.waterLevel());
    }
}
