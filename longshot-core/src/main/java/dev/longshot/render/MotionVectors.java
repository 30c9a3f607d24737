package dev.longshot.render;

import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;

/**
 * Screen-space motion of a frame: for each pixel, where the world point it shows (from the
 * depth buffer) was on the frame before, as seen by that frame's camera. Exact for everything
 * that stands still — the ground, the scenery, the sky (taken at infinity, so only the
 * camera's turn moves it). Creatures and vehicles move by themselves as well; their pixels get
 * only the camera's part ({@link EntityIds#moving} says which they are).
 */
public final class MotionVectors {
    /** Sky points are taken this far along their view ray, metres: infinity, in effect. */
    private static final double SKY = 1e7;

    private MotionVectors() {}

    /**
     * (H, W, 2) pixels (dx right, dy down) the point at each pixel moved from {@code before}'s
     * frame to {@code now}'s: position now minus position before. NaN where the point was
     * behind the earlier camera.
     */
    public static float[] of(FramePasses passes, Camera now, Camera before, int width,
            int height) {
        Projection proj = new Projection(now, width, height);
        Projection was = new Projection(before, width, height);
        float[] z = passes.inverseDepth();
        float[] out = new float[2 * width * height];
        Vec3 eye = now.position();
        for (int y = 0; y < height; y++) {
            Vec3 row = proj.rayBase.plus(proj.rayDy.times(y));
            for (int x = 0; x < width; x++) {
                int p = y * width + x;
                Vec3 r = row.plus(proj.rayDx.times(x));
                Vec3 w = eye.plus(r.times(z[p] > 0 ? 1.0 / z[p] : SKY));
                double cw = was.clipFromWorld.apply(3, w.x(), w.y(), w.z());
                if (cw < Projection.NEAR) {
                    out[2 * p] = Float.NaN;
                    out[2 * p + 1] = Float.NaN;
                    continue;
                }
                double sx = (was.clipFromWorld.apply(0, w.x(), w.y(), w.z()) / cw * 0.5 + 0.5)
                        * width;
                double sy = (0.5 - was.clipFromWorld.apply(1, w.x(), w.y(), w.z()) / cw * 0.5)
                        * height;
                out[2 * p] = (float) (x + 0.5 - sx);
                out[2 * p + 1] = (float) (y + 0.5 - sy);
            }
        }
        return out;
    }
}
