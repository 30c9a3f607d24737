package dev.longshot.world.camera;

/**
 * The image area of a camera's sensor (or film gate), millimetres. With a lens's focal length
 * it fixes the field of view: {@code fov = 2 atan(size / 2f)}.
 *
 * @param widthMm  width of the recorded area
 * @param heightMm height of the recorded area
 */
public record Sensor(double widthMm, double heightMm) {
    /** Super 35, full gate 24.89 × 18.66 mm. */
    public static final Sensor SUPER35_FULL = new Sensor(24.89, 18.66);
    /** Super 35 cropped to 16:9: 24.89 × 14.0 mm, the default. */
    public static final Sensor SUPER35 = new Sensor(24.89, 14.0);

    public Sensor {
        if (!(widthMm > 0 && heightMm > 0 && widthMm < 1000 && heightMm < 1000)) {
            throw new IllegalArgumentException("sensor " + widthMm + " x " + heightMm + " mm");
        }
    }

    /** Vertical field of view, degrees, behind a lens of {@code focalMm}. */
    public double verticalFovDeg(double focalMm) {
        return StrictMath.toDegrees(2 * StrictMath.atan(heightMm / (2 * focalMm)));
    }

    /** Horizontal field of view, degrees, behind a lens of {@code focalMm}. */
    public double horizontalFovDeg(double focalMm) {
        return StrictMath.toDegrees(2 * StrictMath.atan(widthMm / (2 * focalMm)));
    }

    /** The focal length, mm, that gives a vertical field of view of {@code fovDeg}. */
    public double focalForVerticalFov(double fovDeg) {
        return heightMm / (2 * StrictMath.tan(StrictMath.toRadians(fovDeg) / 2));
    }
}
