package dev.longshot.world.camera;

import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;

/**
 * How much of a view the water fills: the share of a grid of rays across a 16:9 frame that
 * meet the water's surface before the ground, within {@link #FAR} metres. A line that brings
 * a stream ("the deer leaps over the stream") cuts to the side of its subject from which the
 * stream is in the frame ({@link CameraRig#cutToShowTheWater}): from the side the camera was
 * on, the stream lay in its cut behind the bank, out of sight.
 */
final class WaterSight {
    /** Water farther than this is landscape, not the line's stream, metres. */
    static final double FAR = 150;
    private static final int COLUMNS = 8, ROWS = 5;
    private static final double STEP = 1, FAR_STEP = 4, NEAR = 40;

    private WaterSight() {}

    /** The share of {@code c}'s view (roll left out) in which the water is what is seen. */
    static double share(Camera c, Terrain terrain) {
        if (terrain.water() == dev.longshot.plan.Water.NONE) return 0;
        double halfV = StrictMath.toRadians(c.verticalFovDeg() / 2);
        double halfH = StrictMath.atan(StrictMath.tan(halfV) * 16 / 9);
        int hits = 0;
        for (int col = 0; col < COLUMNS; col++) {
            double across = (col + 0.5) / COLUMNS * 2 - 1;
            double heading = c.yawDeg() + StrictMath.toDegrees(across * halfH);
            for (int r = 0; r < ROWS; r++) {
                double up = (r + 0.5) / ROWS * 2 - 1;
                double pitch = c.pitchDeg() + StrictMath.toDegrees(up * halfV);
                if (meetsWater(c.position(), heading, pitch, terrain)) hits++;
            }
        }
        return hits / (double) (COLUMNS * ROWS);
    }

    /** Whether the ray at ({@code heading}, {@code pitch}) meets water before ground. */
    private static boolean meetsWater(Vec3 eye, double heading, double pitch, Terrain terrain) {
        if (pitch >= 0) return false;
        Vec3 h = Wander.heading(heading);
        double rise = StrictMath.tan(StrictMath.toRadians(StrictMath.max(-80, pitch)));
        double water = terrain.waterLevel();
        for (int k = 1; ; k++) {
            // Metre steps to NEAR, then longer ones.
            double d = k * STEP <= NEAR ? k * STEP : NEAR + (k - NEAR / STEP) * FAR_STEP;
            if (d > FAR) break;
            double x = eye.x() + h.x() * d, z = eye.z() + h.z() * d;
            double y = eye.y() + rise * d;
            double ground = terrain.heightAt(x, z);
            if (y <= StrictMath.max(ground, water)) return water > ground;
        }
        return false;
    }
}
