package dev.longshot.render;

import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;

/**
 * World-space surface normals of a frame, reconstructed from its depth buffer: 1/w is affine
 * across the screen inside each triangle, so its gradient there and its value fix the
 * triangle's plane exactly. The gradient is taken on the side whose neighbours continue the
 * pixel's plane best (the other side may be another surface). The normals are the drawn
 * triangles' faces — the low-poly geometry as it is, not the smoothed shading normals.
 */
public final class SurfaceNormals {
    private SurfaceNormals() {}

    /**
     * (H, W, 3) unit normals, world space (+Y up), facing the camera; (0, 0, 0) where nothing
     * was drawn (sky).
     */
    public static float[] of(FramePasses passes, Camera camera, int width, int height) {
        Projection proj = new Projection(camera, width, height);
        float[] z = passes.inverseDepth();
        float[] out = new float[3 * width * height];
        Vec3 dx = proj.rayDx, dy = proj.rayDy;
        Vec3 dxy = dx.cross(dy);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = y * width + x;
                if (z[p] <= 0) continue;
                double gx = gradient(z, p, 1, x, width);
                double gy = gradient(z, p, width, y, height);
                Vec3 r = proj.rayBase.plus(dx.times(x)).plus(dy.times(y));
                Vec3 n;
                if (Double.isNaN(gx) || Double.isNaN(gy)) {
                    n = r.times(-1); // a lone pixel: say it faces the camera
                } else {
                    // Solve m·dx = gx, m·dy = gy, m·r = 1/w; the plane's normal is -m.
                    Vec3 m = dy.cross(r).times(gx).plus(r.cross(dx).times(gy))
                            .plus(dxy.times(z[p]));
                    n = m.times(-1 / dx.dot(dy.cross(r)));
                }
                n = n.normalized();
                out[3 * p] = (float) n.x();
                out[3 * p + 1] = (float) n.y();
                out[3 * p + 2] = (float) n.z();
            }
        }
        return out;
    }

    /**
     * d(1/w) per pixel along one axis at {@code p} ({@code step} apart, {@code at} of
     * {@code size} along the axis), from the side whose next neighbour extrapolates to the
     * pixel best; NaN when neither neighbour was drawn.
     */
    private static double gradient(float[] z, int p, int step, int at, int size) {
        boolean left = at >= 1 && z[p - step] > 0;
        boolean right = at + 1 < size && z[p + step] > 0;
        if (!left && !right) return Double.NaN;
        double dl = left ? z[p] - z[p - step] : Double.NaN;
        double dr = right ? z[p + step] - z[p] : Double.NaN;
        if (!left) return dr;
        if (!right) return dl;
        double errL = at >= 2 && z[p - 2 * step] > 0
                ? Math.abs(dl - (z[p - step] - z[p - 2 * step])) : Double.MAX_VALUE;
        double errR = at + 2 < size && z[p + 2 * step] > 0
                ? Math.abs(dr - (z[p + 2 * step] - z[p + step])) : Double.MAX_VALUE;
        return errL <= errR ? dl : dr;
    }
}
