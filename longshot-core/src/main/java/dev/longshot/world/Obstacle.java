package dev.longshot.world;

/**
 * A fixed solid thing subjects may not pass through (tree trunk, rock, building), as an
 * upright cylinder standing on {@code base}.
 *
 * @param id     e.g. {@code tree#118}, {@code rock#3}
 * @param base   centre of the cylinder's foot
 * @param radius metres
 * @param height metres
 */
public record Obstacle(String id, Vec3 base, double radius, double height) {}
