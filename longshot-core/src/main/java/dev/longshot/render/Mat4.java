package dev.longshot.render;

import dev.longshot.world.Vec3;

/**
 * A 4×4 row-major matrix of doubles acting on column vectors: {@code p' = M p}. Only what
 * the pipeline needs: look-at, perspective and products.
 */
final class Mat4 {
    final double[] m; // (4, 4) row-major

    private Mat4(double[] m) {
        this.m = m;
    }

    /**
     * cameraFromWorld for an eye at {@code eye} with orthonormal basis right/up/forward; the
     * camera looks along its -z axis (OpenGL convention).
     */
    static Mat4 lookAt(Vec3 eye, Vec3 right, Vec3 up, Vec3 forward) {
        return new Mat4(new double[] {
            right.x(), right.y(), right.z(), -right.dot(eye),
            up.x(), up.y(), up.z(), -up.dot(eye),
            -forward.x(), -forward.y(), -forward.z(), forward.dot(eye),
            0, 0, 0, 1});
    }

    /** clipFromCamera: OpenGL-style perspective; w_clip is the distance along the view axis. */
    static Mat4 perspective(double tanHalfFovY, double aspect, double near, double far) {
        double sy = 1 / tanHalfFovY;
        double sx = sy / aspect;
        return new Mat4(new double[] {
            sx, 0, 0, 0,
            0, sy, 0, 0,
            0, 0, -(far + near) / (far - near), -2 * far * near / (far - near),
            0, 0, -1, 0});
    }

    Mat4 times(Mat4 o) {
        double[] r = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double s = 0;
                for (int k = 0; k < 4; k++) s += m[i * 4 + k] * o.m[k * 4 + j];
                r[i * 4 + j] = s;
            }
        }
        return new Mat4(r);
    }

    /** Row {@code row} of {@code M (x, y, z, 1)}. */
    double apply(int row, double x, double y, double z) {
        int i = row * 4;
        return m[i] * x + m[i + 1] * y + m[i + 2] * z + m[i + 3];
    }
}
