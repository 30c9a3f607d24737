package dev.longshot.world.camera;

import dev.longshot.world.Obstacle;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.creature.ObstacleField;

/**
 * Whether an eye sees its target: not standing inside a tree or building, and the line from
 * the eye to the target's middle clear of the solids between them and of the ground. A solid
 * counts as an upright cylinder; a tall thin one (a tree: the obstacle is its trunk) is widened
 * to about its crown. The target's own solids (those within its reach) never block it.
 */
final class ClearView {
    /** Points along the line where the ground is sampled. */
    private static final int GROUND_SAMPLES = 24;
    /** Air kept between the eye and a solid's surface, metres. */
    private static final double EYE_MARGIN = 0.5;
    /** How much wider than its obstacle a solid may count ({@link #width}), metres. */
    private static final double WIDENED = 8;

    private ClearView() {}

    static boolean clear(Vec3 eye, CameraTarget target, Terrain terrain, ObstacleField solids) {
        Vec3 aim = target.centre();
        Vec3 d = aim.minus(eye);
        double flat = StrictMath.hypot(d.x(), d.z());
        // Stop short of the target's own body.
        double stop = flat < 1e-6 ? 0 : StrictMath.max(0, 1 - target.radius() / flat);
        if (insideSolid(eye, solids)) return false;
        if (underGround(eye, d, stop, terrain)) return false;
        double midX = eye.x() + d.x() * stop / 2, midZ = eye.z() + d.z() * stop / 2;
        for (Obstacle o : solids.within(midX, midZ, flat * stop / 2 + WIDENED)) {
            Vec3 b = o.base();
            if (StrictMath.hypot(b.x() - aim.x(), b.z() - aim.z()) <= target.radius()) continue;
            if (crosses(eye, d, stop, o)) return false;
        }
        return true;
    }

    /** Whether the eye stands within a solid (with a margin). */
    static boolean insideSolid(Vec3 eye, ObstacleField solids) {
        for (Obstacle o : solids.within(eye.x(), eye.z(), EYE_MARGIN + WIDENED)) {
            double r = width(o) + EYE_MARGIN;
            double dx = eye.x() - o.base().x(), dz = eye.z() - o.base().z();
            if (dx * dx + dz * dz < r * r && eye.y() < o.base().y() + o.height() + EYE_MARGIN) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line eye + s·d, s in [0, stop], passes through solid {@code o}. */
    private static boolean crosses(Vec3 eye, Vec3 d, double stop, Obstacle o) {
        double dx = d.x(), dz = d.z();
        double len2 = dx * dx + dz * dz;
        double bx = o.base().x() - eye.x(), bz = o.base().z() - eye.z();
        double s = len2 < 1e-12 ? 0 : StrictMath.max(0, StrictMath.min(stop,
                (bx * dx + bz * dz) / len2));
        double ex = eye.x() + dx * s - o.base().x(), ez = eye.z() + dz * s - o.base().z();
        double r = width(o);
        if (ex * ex + ez * ez >= r * r) return false;
        return eye.y() + d.y() * s < o.base().y() + o.height();
    }

    /** How wide a solid stands round its axis: a trunk is widened to its crown. */
    private static double width(Obstacle o) {
        return StrictMath.max(o.radius(), 0.2 * o.height());
    }

    /** Whether the ground rises over the line between the eye and the target. */
    private static boolean underGround(Vec3 eye, Vec3 d, double stop, Terrain terrain) {
        for (int k = 1; k < GROUND_SAMPLES; k++) {
            double s = stop * k / GROUND_SAMPLES;
            double x = eye.x() + d.x() * s, z = eye.z() + d.z() * s;
            if (terrain.heightAt(x, z) > eye.y() + d.y() * s + 0.2) return true;
        }
        return false;
    }
}
