package dev.longshot.world.scenery;

/**
 * How a train runs through a place with a station ({@link StationLayout}): it does not pass
 * at speed but pulls in, braking evenly to a stop with its middle at the platforms, stands
 * there, and pulls out again, gathering speed, then comes round from the far end. It
 * arrives from, and leaves to, half a {@link Railway#LOOP} away, out of the view, so the
 * cycle's turn-round is never seen. The clock starts part-way into the arrival: a story
 * that names its train in its first seconds sees it pulling in.
 */
final class StationStop {
    /** Seconds to brake to a stop from half a loop out, and to pull out to as far. */
    static final double ARRIVE = 14;
    /** Seconds stood at the platform. */
    static final double STAND = 30;
    /** Seconds into the arrival at world second 0. */
    static final double START = 9;
    private static final double CYCLE = 2 * ARRIVE + STAND;

    private StationStop() {}

    /** Where train {@code p}, placed with its middle at the platforms, is at {@code t}. */
    static VehicleMotion.Pose at(Prop p, double t) {
        double s = along(t);
        return new VehicleMotion.Pose(p.x() + VehicleMotion.forwardX(p.yawDeg()) * s, p.y(),
                p.z() + VehicleMotion.forwardZ(p.yawDeg()) * s, p.yawDeg());
    }

    /** Metres along the line from the platforms at world second {@code t}. */
    static double along(double t) {
        double u = t + START;
        u -= CYCLE * StrictMath.floor(u / CYCLE);
        double far = Railway.LOOP / 2;
        if (u < ARRIVE) {
            double left = 1 - u / ARRIVE;      // even braking: distance left ∝ time left²
            return -far * left * left;
        }
        if (u < ARRIVE + STAND) return 0;
        double out = (u - ARRIVE - STAND) / ARRIVE;
        return far * out * out;
    }
}
