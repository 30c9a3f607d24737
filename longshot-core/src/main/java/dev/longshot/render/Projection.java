package dev.longshot.render;

import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;

/**
 * One frame's camera: clipFromWorld (look-at × perspective), the viewport into
 * fixed-point pixel coordinates, and the view ray through any pixel.
 *
 * <p>Depth is kept as 1/w, where w is the distance along the view axis. Screen coordinates
 * are fixed point with {@link #SUB_BITS} sub-pixel bits, y down, pixel centres at +0.5.
 */
final class Projection {
    static final double NEAR = 0.5;
    static final double FAR = 4000;
    static final int SUB_BITS = 8;
    static final int ONE = 1 << SUB_BITS;
    /** Guard band, in NDC units: vertices beyond ±GUARD are clipped to keep ints small. */
    static final double GUARD = 8;

    final int width;
    final int height;
    final Mat4 clipFromWorld;
    /** A sphere of radius r is outside the side planes when |x| - w > r · sideX (y alike). */
    final double sideX;
    final double sideY;
    /** tan of half the vertical field of view: a pixel's size at distance 1 is 2 tanV / height. */
    final double tanV;
    final double eyeX;
    final double eyeY;
    final double eyeZ;
    // View ray of pixel (px, py): base + px * stepX + py * stepY (not normalized).
    final float rayX0, rayY0, rayZ0;
    final float rayXdx, rayYdx, rayZdx;
    final float rayXdy, rayYdy, rayZdy;
    /** The same view ray in doubles: {@code rayBase + px · rayDx + py · rayDy}. */
    final Vec3 rayBase, rayDx, rayDy;

    Projection(Camera camera, int width, int height) {
        this.width = width;
        this.height = height;
        Vec3 eye = camera.position();
        Vec3 forward = camera.forward();
        double yaw = StrictMath.toRadians(camera.yawDeg());
        Vec3 level = new Vec3(StrictMath.cos(yaw), 0, StrictMath.sin(yaw));
        Vec3 levelUp = level.cross(forward);
        // A dutch angle turns the image plane about the view axis.
        double roll = StrictMath.toRadians(camera.rollDeg());
        double cr = StrictMath.cos(roll);
        double sr = StrictMath.sin(roll);
        Vec3 right = level.times(cr).plus(levelUp.times(sr));
        Vec3 up = levelUp.times(cr).minus(level.times(sr));
        double tanV = StrictMath.tan(StrictMath.toRadians(camera.verticalFovDeg()) / 2);
        this.tanV = tanV;
        double aspect = (double) width / height;
        double tanH = tanV * aspect;
        this.sideX = StrictMath.sqrt(1 + tanH * tanH) / tanH;
        this.sideY = StrictMath.sqrt(1 + tanV * tanV) / tanV;
        Mat4 cameraFromWorld = Mat4.lookAt(eye, right, up, forward);
        this.clipFromWorld = Mat4.perspective(tanV, aspect, NEAR, FAR).times(cameraFromWorld);
        this.eyeX = eye.x();
        this.eyeY = eye.y();
        this.eyeZ = eye.z();

        // Ray through pixel centre: forward + right * ndcX * tanH + up * ndcY * tanV,
        // with ndcX = (px + 0.5) * 2 / W - 1 and ndcY = 1 - (py + 0.5) * 2 / H.
        double ax = 2 * tanH / width;
        double ay = -2 * tanV / height;
        double bx = (1.0 / width - 1) * tanH;
        double by = (1 - 1.0 / height) * tanV;
        Vec3 base = forward.plus(right.times(bx)).plus(up.times(by));
        Vec3 dx = right.times(ax);
        Vec3 dy = up.times(ay);
        rayBase = base;
        rayDx = dx;
        rayDy = dy;
        rayX0 = (float) base.x(); rayY0 = (float) base.y(); rayZ0 = (float) base.z();
        rayXdx = (float) dx.x(); rayYdx = (float) dx.y(); rayZdx = (float) dx.z();
        rayXdy = (float) dy.x(); rayYdy = (float) dy.y(); rayZdy = (float) dy.z();
    }

    /** True when the sphere at (x, y, z) of radius r may be in view. */
    boolean sees(double x, double y, double z, double r) {
        double w = clipFromWorld.apply(3, x, y, z);
        if (w + r < NEAR || w - r > FAR) return false;
        double cx = clipFromWorld.apply(0, x, y, z);
        double cy = clipFromWorld.apply(1, x, y, z);
        return Math.abs(cx) - w <= r * sideX && Math.abs(cy) - w <= r * sideY;
    }

    /** Fixed-point screen x of a clip-space point (w ≥ NEAR, |x/w| ≤ GUARD). */
    int screenX(double x, double w) {
        return (int) StrictMath.floor(((x / w) * 0.5 + 0.5) * width * ONE + 0.5);
    }

    /** Fixed-point screen y (down) of a clip-space point. */
    int screenY(double y, double w) {
        return (int) StrictMath.floor((0.5 - (y / w) * 0.5) * height * ONE + 0.5);
    }
}
