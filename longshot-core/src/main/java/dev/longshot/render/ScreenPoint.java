package dev.longshot.render;

import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;

/**
 * Where the renderer puts a world point on a frame: the same projection it rasterizes with,
 * for checking what other programs compute from an exported camera.
 */
public final class ScreenPoint {
    private ScreenPoint() {}

    /**
     * Pixel coordinates (x right, y down, pixel centres at +0.5) of {@code p} on a
     * {@code width}×{@code height} frame of {@code camera}; {@code null} behind the near plane.
     */
    public static double[] of(Camera camera, int width, int height, Vec3 p) {
        Projection proj = new Projection(camera, width, height);
        double w = proj.clipFromWorld.apply(3, p.x(), p.y(), p.z());
        if (w < Projection.NEAR) return null;
        double x = proj.clipFromWorld.apply(0, p.x(), p.y(), p.z());
        double y = proj.clipFromWorld.apply(1, p.x(), p.y(), p.z());
        return new double[] {(x / w * 0.5 + 0.5) * width, (0.5 - y / w * 0.5) * height};
    }
}
