package dev.longshot.world.camera;

import dev.longshot.world.Vec3;

/**
 * A pinhole camera in the world with a real lens: a focal length in front of a sensor. The
 * field of view follows from the two; the projection uses {@link #verticalFovDeg()}.
 *
 * @param position      eye position
 * @param yawDeg        heading, degrees; 0 looks towards -z (north), 90 towards +x (east)
 * @param pitchDeg      degrees above the horizon (negative looks down)
 * @param focalLengthMm focal length of the lens, millimetres
 * @param sensor        the recorded image area
 * @param rollDeg       roll about the view axis, degrees (a dutch angle; positive turns the
 *                      picture clockwise)
 * @param focus         where the lens is focused and how shallow its depth of field is
 */
public record Camera(Vec3 position, double yawDeg, double pitchDeg, double focalLengthMm,
        Sensor sensor, double rollDeg, Focus focus) {
    public Camera {
        if (sensor == null) throw new IllegalArgumentException("sensor missing");
        if (focus == null) throw new IllegalArgumentException("focus missing");
        if (!(StrictMath.abs(rollDeg) <= 90)) {
            throw new IllegalArgumentException("roll out of range: " + rollDeg);
        }
        double fov = focalLengthMm > 0 ? sensor.verticalFovDeg(focalLengthMm) : Double.NaN;
        if (!(fov > 1 && fov < 179)) {
            throw new IllegalArgumentException("focal length " + focalLengthMm
                    + " mm gives a vertical field of view out of range: " + fov);
        }
    }

    /** A level camera with everything in focus. */
    public Camera(Vec3 position, double yawDeg, double pitchDeg, double focalLengthMm,
            Sensor sensor) {
        this(position, yawDeg, pitchDeg, focalLengthMm, sensor, 0, Focus.DEEP);
    }

    /** A camera on Super 35 (16:9) whose lens gives a vertical field of view of {@code fov}. */
    public Camera(Vec3 position, double yawDeg, double pitchDeg, double verticalFovDeg) {
        this(position, yawDeg, pitchDeg, focalFor(verticalFovDeg), Sensor.SUPER35);
    }

    private static double focalFor(double fovDeg) {
        if (!(fovDeg > 1 && fovDeg < 179)) {
            throw new IllegalArgumentException("verticalFovDeg out of range: " + fovDeg);
        }
        return Sensor.SUPER35.focalForVerticalFov(fovDeg);
    }

    /** Vertical field of view, degrees: {@code 2 atan(sensorHeight / 2f)}. */
    public double verticalFovDeg() {
        return sensor.verticalFovDeg(focalLengthMm);
    }

    /** The same camera looking another way (used for the faces of a 360° cube). */
    public Camera looking(double yaw, double pitch, double verticalFov) {
        return new Camera(position, yaw, pitch, verticalFov);
    }

    /** This camera moved, turned and rolled by a little (a hand-held operator's shake). */
    public Camera shaken(Vec3 offset, double yaw, double pitch, double roll) {
        return new Camera(position.plus(offset), yawDeg + yaw,
                StrictMath.max(-89, StrictMath.min(89, pitchDeg + pitch)), focalLengthMm,
                sensor, StrictMath.max(-90, StrictMath.min(90, rollDeg + roll)), focus);
    }

    /** Unit vector the camera looks along. */
    public Vec3 forward() {
        double yaw = StrictMath.toRadians(yawDeg);
        double pitch = StrictMath.toRadians(pitchDeg);
        double c = StrictMath.cos(pitch);
        return new Vec3(StrictMath.sin(yaw) * c, StrictMath.sin(pitch), -StrictMath.cos(yaw) * c);
    }
}
