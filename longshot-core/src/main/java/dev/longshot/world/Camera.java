package dev.longshot.world;

/**
 * A pinhole camera in the world.
 *
 * @param position       eye position
 * @param yawDeg         heading, degrees; 0 looks towards -z (north), 90 towards +x (east)
 * @param pitchDeg       degrees above the horizon (negative looks down)
 * @param verticalFovDeg vertical field of view in degrees
 */
public record Camera(Vec3 position, double yawDeg, double pitchDeg, double verticalFovDeg) {
    public Camera {
        if (!(verticalFovDeg > 1 && verticalFovDeg < 179)) {
            throw new IllegalArgumentException("verticalFovDeg out of range: " + verticalFovDeg);
        }
    }

    /** Unit vector the camera looks along. */
    public Vec3 forward() {
        double yaw = StrictMath.toRadians(yawDeg);
        double pitch = StrictMath.toRadians(pitchDeg);
        double c = StrictMath.cos(pitch);
        return new Vec3(StrictMath.sin(yaw) * c, StrictMath.sin(pitch), -StrictMath.cos(yaw) * c);
    }
}
