package dev.longshot.world;

/**
 * The BRDF parameters of one material as the renderer will use them this frame.
 *
 * @param name      stable within a scene, e.g. {@code ground}, {@code ground-steep}
 * @param albedo    base colour, packed {@code 0xRRGGBB}
 * @param roughness 0 … 1, or NaN when the shading model has none (Gouraud diffuse today)
 */
public record MaterialParams(String name, int albedo, double roughness) {}
