package dev.longshot.world.scenery;

import dev.longshot.world.Obstacle;
import dev.longshot.world.ValueNoise;
import dev.longshot.world.Vec3;

/**
 * One fixed thing of a place — a tree, rock, house, tower, column, lava, smoke — as the world
 * placed it: a box of {@code width × depth × height} metres turned by {@code yawDeg} about its
 * foot at (x, y, z). The renderer draws it by kind; the world shows the solid ones to
 * subjects and validators as {@link Obstacle}s.
 *
 * @param id      index within its place, stable for a seed
 * @param y       ground height under the foot (the lowest corner, so nothing floats)
 * @param variant seeded bits the renderer draws colours and details from
 * @param fade    in [0, 1): when a morph is this far along the thing has gone (from the old
 *                place) or come (in the new one), so a place changes piece by piece
 * @param thing   the catalog id it was built from ({@code junk}, {@code lantern}), or "" for
 *                the scenery a setting grows by itself
 * @param style   the style id it is built in ({@code chinese-classical}), or null: the
 *                setting's own look
 */
public record Prop(PropKind kind, int id, double x, double y, double z, double yawDeg,
        double width, double depth, double height, long variant, double fade, String thing,
        String style) {

    /** Radius of each solid of a row house ({@link #obstaclesAlong}), metres. */
    private static final double ROW_SOLID = 4;

    public Prop {
        java.util.Objects.requireNonNull(thing, "thing");
    }

    /** A thing a setting grows by itself, in the setting's own look. */
    public Prop(PropKind kind, int id, double x, double y, double z, double yawDeg,
            double width, double depth, double height, long variant, double fade) {
        this(kind, id, x, y, z, yawDeg, width, depth, height, variant, fade, "", null);
    }

    /** Radius of the circle on the ground it occupies. */
    public double footprint() {
        if (kind.tree() || kind == PropKind.SHAPED_TREE) return StrictMath.max(0.4, 0.05 * height);
        if (kind == PropKind.FALLEN_COLUMN || kind == PropKind.FENCE) return width / 2;
        return 0.5 * StrictMath.hypot(width, depth);
    }

    /** The same thing standing at height {@code y}. */
    public Prop at(double newY) {
        return new Prop(kind, id, x, newY, z, yawDeg, width, depth, height, variant, fade, thing,
                style);
    }

    /** This thing as an obstacle, or null when it is not solid. */
    public Obstacle obstacle() {
        if (!kind.solid()) return null;
        double h = kind == PropKind.FALLEN_COLUMN ? depth : height;
        String name = (thing.isEmpty() ? kind.id() : thing) + "#" + id;
        double r = footprint();
        // a bush's outer foliage yields to a body brushing past it
        return new Obstacle(name, new Vec3(x, y, z), r, h, kind == PropKind.BUSH ? 0.5 * r : 0);
    }

    /**
     * This house as a row of solids as wide as it is deep (its eaves, and at least
     * {@link #ROW_SOLID} metres, the least a solid a group is not set down in is wide), along
     * its length and a metre past its ends, into the alleys: one circle round a long house of
     * a water town's row reached across the lane in front of it to the water, and left no
     * room to stand there.
     */
    public java.util.List<Obstacle> obstaclesAlong() {
        double r = StrictMath.max(ROW_SOLID, 0.5 * StrictMath.min(width, depth) + 0.6);
        double len = StrictMath.max(width, depth) + 2;
        int n = (int) StrictMath.ceil(StrictMath.max(0, len - 2 * r) / r) + 1;
        double c = StrictMath.cos(StrictMath.toRadians(yawDeg));
        double s = StrictMath.sin(StrictMath.toRadians(yawDeg));
        // Local x (the width) lies along (c, s) in the world, local z (the depth) along (−s, c).
        double ux = width >= depth ? c : -s, uz = width >= depth ? s : c;
        java.util.List<Obstacle> out = new java.util.ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double along = n == 1 ? 0 : -len / 2 + r + (len - 2 * r) * k / (n - 1);
            out.add(new Obstacle((thing.isEmpty() ? kind.id() : thing) + "#" + id + "." + k,
                    new Vec3(x + ux * along, y, z + uz * along), r, height, 0));
        }
        return out;
    }

    /** A uniform number in [0, 1) from the variant bits, one per {@code salt}. */
    public double unit(int salt) {
        return (ValueNoise.mix(variant + salt * 0x9E3779B97F4A7C15L) >>> 11) * 0x1.0p-53;
    }
}
