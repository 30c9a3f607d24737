package dev.longshot.world.creature;

import dev.longshot.catalog.CatalogRecipe;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;

/**
 * Where a body's head is, for a camera that frames a face rather than a flank: the middle of
 * the head, reached from the body's base point along its heading and up to its eyes. A
 * quadruped's head sits at the end of its neck, well ahead of the collision sphere (a deer's
 * is 1 m ahead of its feet, its radius 0.55 m), as the renderer's four-legged body places it
 * from the same recipe (trunk, neck length and angle, head length); a person's is over its
 * feet; a flyer's and a swimmer's lie a little ahead of its centre.
 */
public final class Head {
    /** A person's head, chin to crown, metres at size 1. */
    private static final double PERSON_HEAD = 0.25;

    private Head() {}

    /** The middle of {@code c}'s head, metres. */
    public static Vec3 of(Creature c) {
        return of(c.pose());
    }

    /** The middle of the head of the subject posed as {@code c}, metres. */
    public static Vec3 of(SubjectPose c) {
        Species s = c.type();
        double ahead;
        double up;
        if (s.family() == Family.QUADRUPED && !s.mounted()) {
            double[] q = quadruped(s.recipe(), c.grazing());
            ahead = q[0];
            up = q[1];
        } else {
            // A rider's head is over its saddle, a person's over its feet; a flyer's and a
            // swimmer's base point is its middle.
            ahead = s.family() == Family.PERSON ? 0 : 0.6 * s.traits().radius();
            up = s.habitat() == Habitat.LAND ? s.eyeHeight() : 0;
        }
        return c.position().plus(Wander.heading(c.yawDeg()).times(ahead * c.size()))
                .plus(new Vec3(0, up * c.size(), 0));
    }

    /** How long {@code c}'s head is, snout to crown, metres. */
    public static double length(Creature c) {
        return switch (c.type().family()) {
            case QUADRUPED -> quadruped(c.type().recipe(), false)[2] * c.size();
            case PERSON -> PERSON_HEAD * c.size();
            default -> 0.5 * c.radius();
        };
    }

    /**
     * A four-legged body's head, size 1: {ahead, up from the feet, length}, with the
     * renderer's proportions (the trunk 0.84 of the recipe's body length over hips at 0.92
     * of its leg length, the neck from 0.4 of the trunk ahead of its middle, the head tipped
     * 10° down at the neck's end; a grazer's neck 50° down, its head 30°).
     */
    private static double[] quadruped(CatalogRecipe r, boolean grazing) {
        QuadrupedProportions p = QuadrupedProportions.of(r);
        double pitch = StrictMath.toRadians(grazing ? -50 : p.neckPitch());
        double hips = p.leg() + p.depth() * ("crawl".equals(r.text("gait", "walk")) ? 0.1 : 0.45);
        double tip = StrictMath.toRadians(grazing ? 30 : 10);
        double ahead = 0.4 * p.length() + p.neck() * StrictMath.cos(pitch)
                + 0.5 * p.head() * StrictMath.cos(tip);
        double up = hips + 0.2 * p.depth() + p.neck() * StrictMath.sin(pitch)
                - 0.5 * p.head() * StrictMath.sin(tip);
        return new double[] {ahead, up, p.head()};
    }
}
