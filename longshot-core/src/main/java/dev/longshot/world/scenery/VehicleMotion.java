package dev.longshot.world.scenery;

import dev.longshot.plan.Setting;
import dev.longshot.world.Terrain;

/**
 * Where a vehicle is at a moment: a pure function of the prop (placed by the world as the
 * middle of its way), the ground and the seconds since the video began, so the same frame is
 * the same picture on any thread. Road vehicles drive along their heading and go round again
 * (following the village path where there is one), trains along their level railway; boats
 * sail a loop on the water, bobbing; planes cross the sky, helicopters circle, balloons drift.
 */
public final class VehicleMotion {
    /** Metres a road vehicle drives before it comes round again. */
    static final double ROAD_LOOP = 260;
    /** Metres a plane flies before it comes round again. */
    static final double AIR_LOOP = 1600;

    /** A vehicle's pose: where its middle is and where it heads (yaw as {@link Prop}). */
    public record Pose(double x, double y, double z, double yawDeg) {}

    private VehicleMotion() {}

    public static Pose at(Prop p, Terrain ground, double seconds) {
        Pose on = onWay(p, Things.route(p.thing()), Things.speed(p.thing()), ground, seconds);
        return Double.isNaN(on.y()) ? new Pose(on.x(), ground.heightAt(on.x(), on.z()), on.z(),
                on.yawDeg()) : on;
    }

    /**
     * As {@link #at}, without looking up the ground: a road vehicle's {@code y} is NaN (it
     * stands on the ground wherever it is; a train runs at its rails' level), so a caller
     * that only needs where it is across the ground pays for no terrain sample. {@code route} and {@code speed} are its
     * recipe's ({@link Things#route}, {@link Things#speed}).
     */
    static Pose onWay(Prop p, String route, double speed, Terrain ground, double seconds) {
        return switch (route) {
            case "water" -> sail(p, ground, seconds, speed);
            case "air" -> fly(p, ground, seconds, speed);
            case "rail" -> ground.scenery().station() ? StationStop.at(p, seconds)
                    : rail(p, seconds, speed);
            default -> drive(p, ground, seconds, speed);
        };
    }

    /** Forward unit vector of a heading: yaw 0 faces north (−z). */
    static double forwardX(double yawDeg) {
        return StrictMath.sin(StrictMath.toRadians(yawDeg));
    }

    static double forwardZ(double yawDeg) {
        return -StrictMath.cos(StrictMath.toRadians(yawDeg));
    }

    private static Pose drive(Prop p, Terrain ground, double t, double speed) {
        double s = wrap(speed * t + ROAD_LOOP * p.unit(3), ROAD_LOOP) - ROAD_LOOP / 2;
        double x = p.x() + forwardX(p.yawDeg()) * s, z = p.z() + forwardZ(p.yawDeg()) * s;
        if (ground.setting() == Setting.VILLAGE) {
            // Keep to the winding path: the lane's offset from it stays the same.
            x += VillageLayout.pathX(ground.noise(), z)
                    - VillageLayout.pathX(ground.noise(), p.z());
        }
        return new Pose(x, Double.NaN, z, p.yawDeg());
    }

    /**
     * Along its railway ({@link Railway}), level at the rail tops it was placed on, round
     * again after {@link Railway#LOOP} metres (out of the view at either end).
     */
    private static Pose rail(Prop p, double t, double speed) {
        double s = wrap(speed * t + Railway.LOOP * p.unit(3), Railway.LOOP) - Railway.LOOP / 2;
        return new Pose(p.x() + forwardX(p.yawDeg()) * s, p.y(), p.z() + forwardZ(p.yawDeg()) * s,
                p.yawDeg());
    }

    /** An ellipse about the placed middle, long along the heading; the world checked it is wet. */
    private static Pose sail(Prop p, Terrain ground, double t, double speed) {
        double a = loopRadius(p), b = 0.35 * a;
        double w = speed / a;
        double th = w * t + 2 * StrictMath.PI * p.unit(4);
        double fx = forwardX(p.yawDeg()), fz = forwardZ(p.yawDeg());
        double c = StrictMath.cos(th), s = StrictMath.sin(th);
        double x = p.x() + a * c * fx - b * s * fz;
        double z = p.z() + a * c * fz + b * s * fx;
        // Heading: the tangent of the loop.
        double tx = -a * s * fx - b * c * fz, tz = -a * s * fz + b * c * fx;
        double yaw = StrictMath.toDegrees(StrictMath.atan2(tx, -tz));
        double bob = 0.12 * StrictMath.sin(1.7 * t + 6 * p.unit(5));
        return new Pose(x, ground.waterLevel() + bob, z, yaw);
    }

    /**
     * Half the long axis of a boat's loop, metres: a rowing boat or a sailboat potters about
     * in a small loop near the shore, a bigger boat sails a wider one.
     */
    static double loopRadius(Prop p) {
        return p.depth() <= 10 ? StrictMath.max(6, 1.2 * p.depth())
                : StrictMath.max(12, 1.6 * p.depth());
    }

    private static Pose fly(Prop p, Terrain ground, double t, double speed) {
        double fx = forwardX(p.yawDeg()), fz = forwardZ(p.yawDeg());
        if (p.thing().equals("helicopter")) {
            double r = 45, th = speed / r * t + 2 * StrictMath.PI * p.unit(4);
            double x = p.x() + r * StrictMath.cos(th), z = p.z() + r * StrictMath.sin(th);
            double yaw = StrictMath.toDegrees(StrictMath.atan2(-StrictMath.sin(th),
                    -StrictMath.cos(th)));
            return new Pose(x, p.y(), z, yaw);
        }
        double loop = p.thing().equals("balloon") ? 240 : AIR_LOOP;
        double s = wrap(speed * t + loop * p.unit(3), loop) - loop / 2;
        double bob = p.thing().equals("balloon") ? 2 * StrictMath.sin(0.4 * t + 5 * p.unit(5)) : 0;
        return new Pose(p.x() + fx * s, p.y() + bob, p.z() + fz * s, p.yawDeg());
    }

    private static double wrap(double v, double period) {
        return v - period * StrictMath.floor(v / period);
    }
}
