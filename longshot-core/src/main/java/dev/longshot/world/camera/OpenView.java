package dev.longshot.world.camera;

import dev.longshot.world.Obstacle;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;
import dev.longshot.world.creature.ObstacleField;

/**
 * How much of a view a wall fills: the share of a grid of rays across a 16:9 frame that meet
 * the ground within {@link #FAR} metres (a valley's side with no sky above it), or a rock or
 * a building within {@link #NEAR}, much nearer than level ground under the eye would be (a
 * hillside, not the meadow in front of the feet). Trees are left out: a forest is seen
 * through. A free line that starts facing a wall turns to the
 * nearest open bearing ({@link CameraRig#turnedToAnOpenView}).
 */
final class OpenView {
    /** Stone nearer than this fills the frame, metres. */
    static final double NEAR = 60;
    /** Ground nearer than this walls the frame, metres: beyond it, a hillside is landscape. */
    static final double FAR = 300;
    /** A view is walled when at least this share of its rays is. */
    static final double WALLED = 0.45;
    private static final int COLUMNS = 5, ROWS = 4;
    private static final double STEP = 2, FAR_STEP = 6;

    private OpenView() {}

    /** The share of the view from {@code eye} at (yaw, pitch, vertical fov) that a wall fills. */
    static double walled(Vec3 eye, double yaw, double pitch, double fovDeg, Terrain terrain,
            ObstacleField solids) {
        double floor = terrain.heightAt(eye.x(), eye.z());
        double halfV = StrictMath.toRadians(fovDeg / 2);
        double halfH = StrictMath.atan(StrictMath.tan(halfV) * 16 / 9);
        int hits = 0;
        for (int c = 0; c < COLUMNS; c++) {
            double across = (c + 0.5) / COLUMNS * 2 - 1;
            double heading = yaw + StrictMath.toDegrees(across * halfH * 0.9);
            for (int r = 0; r < ROWS; r++) {
                double up = (r + 0.5) / ROWS * 2 - 1;
                double p = pitch + StrictMath.toDegrees(up * halfV * 0.9);
                if (hitsAWall(eye, floor, heading, p, terrain, solids)) hits++;
            }
        }
        return hits / (double) (COLUMNS * ROWS);
    }

    /**
     * Whether the ray at ({@code heading}, {@code pitch}) meets ground within {@link #FAR}
     * metres or stone within {@link #NEAR}, at less than half the distance level ground at
     * {@code floor} would be met.
     */
    private static boolean hitsAWall(Vec3 eye, double floor, double heading, double pitch,
            Terrain terrain, ObstacleField solids) {
        Vec3 h = Wander.heading(heading);
        double rise = StrictMath.tan(StrictMath.toRadians(StrictMath.max(-80,
                StrictMath.min(80, pitch))));
        double level = rise < 0 ? (eye.y() - floor) / -rise : Double.POSITIVE_INFINITY;
        double ground = StrictMath.min(FAR, level / 2);
        for (double d = STEP; d <= ground; d += d < NEAR ? STEP : FAR_STEP) {
            double x = eye.x() + h.x() * d, z = eye.z() + h.z() * d;
            if (terrain.heightAt(x, z) > eye.y() + rise * d) return true;
        }
        double reach = StrictMath.min(NEAR, level / 2);
        if (solids == null || reach < STEP) return false;
        Vec3 mid = eye.plus(h.times(reach / 2));
        for (Obstacle o : solids.within(mid.x(), mid.z(), reach / 2)) {
            if (o.tree()) continue;
            double bx = o.base().x() - eye.x(), bz = o.base().z() - eye.z();
            double d = StrictMath.max(0, StrictMath.min(reach, bx * h.x() + bz * h.z()));
            double ex = bx - h.x() * d, ez = bz - h.z() * d;
            if (ex * ex + ez * ez < o.radius() * o.radius()
                    && eye.y() + rise * d < o.base().y() + o.height()) {
                return true;
            }
        }
        return false;
    }
}
