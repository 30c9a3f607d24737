package dev.longshot.world.camera;

import dev.longshot.world.Obstacle;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.creature.ObstacleField;

/**
 * How high an eye must stand to see its aim over the ground and the rocks and buildings
 * between them: a following camera that backs into a hillside or behind a rock rises until
 * its line of sight clears them, as a crane would, instead of filming the slope. The height
 * is a continuous function of the eye's and the aim's places (no search, no choice), so the
 * rig that eases towards it moves smoothly. Trees are left out: framing through trunks is a
 * shot, and lifting over every crown would put every forest shot high above the canopy.
 */
final class SightLift {
    /** Points along the line where the ground is sampled. */
    private static final int SAMPLES = 12;
    /** Air kept between the line of sight and what it passes over, at the eye, metres. */
    static final double MARGIN = 0.6;
    /** The most the eye is raised above the place its shot asked for, metres. */
    static final double MOST = 30;

    private SightLift() {}

    /**
     * The least height of an eye at {@code eye}'s (x, z) from which the line to {@code aim}
     * passes over the ground and the non-tree solids, stopping {@code reach} metres short of
     * the aim (the target's own body and the solids it stands among never block it); at most
     * {@link #MOST} over {@code eye}. {@code eye.y()} when nothing is in the way.
     */
    static double least(Vec3 eye, Vec3 aim, double reach, Terrain terrain,
            ObstacleField solids) {
        Vec3 d = aim.minus(eye);
        double flat = StrictMath.hypot(d.x(), d.z());
        if (flat < 1e-6) return eye.y();
        double stop = StrictMath.max(0, 1 - reach / flat);
        double need = eye.y();
        for (int k = 1; k < SAMPLES; k++) {
            double s = stop * k / SAMPLES;
            double h = terrain.heightAt(eye.x() + d.x() * s, eye.z() + d.z() * s);
            need = StrictMath.max(need, over(h, aim.y(), s));
        }
        if (solids != null && stop > 0) {
            double midX = eye.x() + d.x() * stop / 2, midZ = eye.z() + d.z() * stop / 2;
            for (Obstacle o : solids.within(midX, midZ, flat * stop / 2 + MARGIN)) {
                if (o.tree()) continue;
                Vec3 b = o.base();
                if (StrictMath.hypot(b.x() - aim.x(), b.z() - aim.z()) <= reach) continue;
                double s = along(eye, d, stop, o);
                if (s >= 0) need = StrictMath.max(need, over(b.y() + o.height(), aim.y(), s));
            }
        }
        return StrictMath.min(need, eye.y() + MOST);
    }

    /**
     * The eye height at which the straight line to an aim at height {@code aimY} passes
     * {@code MARGIN} (shrinking towards the aim) over a top at height {@code top} that lies
     * {@code s} of the way from the eye.
     */
    private static double over(double top, double aimY, double s) {
        return (top - aimY * s) / (1 - s) + MARGIN;
    }

    /**
     * Where along the flat line eye + s·d, s in [0, stop], solid {@code o} stands in its way
     * (the nearest point to its axis), or -1 when the line passes beside it.
     */
    private static double along(Vec3 eye, Vec3 d, double stop, Obstacle o) {
        double len2 = d.x() * d.x() + d.z() * d.z();
        double bx = o.base().x() - eye.x(), bz = o.base().z() - eye.z();
        double s = StrictMath.max(0, StrictMath.min(stop, (bx * d.x() + bz * d.z()) / len2));
        double ex = eye.x() + d.x() * s - o.base().x(), ez = eye.z() + d.z() * s - o.base().z();
        double r = o.radius() + MARGIN;
        return ex * ex + ez * ez < r * r ? s : -1;
    }
}
