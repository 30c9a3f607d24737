package dev.longshot.world;

/**
 * A fixed solid thing subjects may not pass through (tree trunk, rock, building), as an
 * upright cylinder standing on {@code base}.
 *
 * @param id     e.g. {@code tree#118}, {@code rock#3}
 * @param base   centre of the cylinder's foot
 * @param radius metres
 * @param height metres
 * @param give   how far a body may press in without passing through, metres: a bush's outer
 *               foliage yields; trunks, rocks and walls do not (0)
 */
public record Obstacle(String id, Vec3 base, double radius, double height, double give) {

    /** A rigid obstacle: nothing yields. */
    public Obstacle(String id, Vec3 base, double radius, double height) {
        this(id, base, radius, height, 0);
    }

    /**
     * Whether this is a tree's trunk: a camera frames through trees and is not lifted over
     * them, as it is over rocks and buildings.
     */
    public boolean tree() {
        return id.startsWith("tree#");
    }
}
