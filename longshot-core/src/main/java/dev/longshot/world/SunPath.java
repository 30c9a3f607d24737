package dev.longshot.world;

/**
 * Where the sun and moon are at a given hour: the sun rises in the east at 6:00, stands in the
 * south at noon and sets in the west at 18:00; the moon takes the opposite side of the sky.
 */
public final class SunPath {
    private static final double MAX_ELEVATION_DEG = 62;

    private SunPath() {}

    /** Unit vector towards the sun at {@code hour}; y &lt; 0 when it is below the horizon. */
    public static Vec3 toSun(double hour) {
        double a = StrictMath.PI * (hour - 6) / 12;
        double e = StrictMath.toRadians(MAX_ELEVATION_DEG) * StrictMath.sin(a);
        double c = StrictMath.cos(e);
        return new Vec3(StrictMath.cos(a) * c, StrictMath.sin(e), StrictMath.sin(a) * c)
                .normalized();
    }

    /** Unit vector towards the moon: the sun's direction mirrored through the sky. */
    public static Vec3 toMoon(double hour) {
        Vec3 sun = toSun(hour);
        return new Vec3(-sun.x(), StrictMath.abs(sun.y()) * 0.8 + 0.2, -sun.z()).normalized();
    }

    /** Sun elevation above the horizon in degrees. */
    public static double elevationDeg(double hour) {
        return StrictMath.toDegrees(StrictMath.asin(toSun(hour).y()));
    }
}
