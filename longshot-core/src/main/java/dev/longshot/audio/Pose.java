package dev.longshot.audio;

import dev.longshot.world.camera.Camera;
import dev.longshot.world.Vec3;

/**
 * The listener: the camera's position and heading. Sounds are heard as the camera would hear
 * them — {@link #pan} of a source is −1 hard left … +1 hard right.
 */
record Pose(Vec3 position, double yawDeg) {
    static Pose of(Camera c) {
        return new Pose(c.position(), c.yawDeg());
    }

    /** Unit vector to the camera's right on the ground: east when it looks north. */
    Vec3 right() {
        double y = StrictMath.toRadians(yawDeg);
        return new Vec3(StrictMath.cos(y), 0, StrictMath.sin(y));
    }

    /** Unit vector the camera looks along on the ground. */
    Vec3 forward() {
        double y = StrictMath.toRadians(yawDeg);
        return new Vec3(StrictMath.sin(y), 0, -StrictMath.cos(y));
    }

    /** Where {@code source} is left to right: the sine of its azimuth from the heading. */
    double pan(Vec3 source) {
        Vec3 d = source.minus(position);
        double h = StrictMath.hypot(d.x(), d.z());
        if (h < 1e-6) return 0;
        return (d.x() * right().x() + d.z() * right().z()) / h;
    }

    double distance(Vec3 source) {
        return source.minus(position).length();
    }

    /** A point {@code metres} away at {@code degrees} right of the heading, at ear height. */
    Vec3 ahead(double degrees, double metres) {
        double a = StrictMath.toRadians(yawDeg + degrees);
        return position.plus(new Vec3(StrictMath.sin(a) * metres, 0, -StrictMath.cos(a) * metres));
    }
}
