package dev.longshot.world.scenery;

import dev.longshot.world.Obstacle;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog vehicles of a place on their ways, as solids a camera keeps clear of: each an
 * upright box (its length along its heading, its width across, its height) that moves as
 * {@link VehicleMotion} says. They are not among the fixed solids (they do not stand still),
 * so a camera asks where they are at a moment of the world's clock. Built once per place;
 * a query costs a little arithmetic per vehicle and looks up the ground only under a vehicle
 * that is near.
 */
public final class Traffic {
    /** No vehicles. */
    public static final Traffic NONE = new Traffic(List.of(), null);
    /** Air a camera keeps round a vehicle's box, metres. */
    public static final double ROOM = 0.8;
    /** How far back a vehicle's drift is measured, world seconds. */
    private static final double DRIFT_SECONDS = 0.1;
    /** Points along a look ahead at which the eye is tested against each box. */
    private static final int SAMPLES = 6;

    private final Prop[] vehicles;
    private final String[] routes;
    private final double[] speeds;
    private final Terrain ground;

    private Traffic(List<Prop> vehicles, Terrain ground) {
        this.vehicles = vehicles.toArray(new Prop[0]);
        this.ground = ground;
        routes = new String[this.vehicles.length];
        speeds = new double[this.vehicles.length];
        for (int i = 0; i < routes.length; i++) {
            routes[i] = Things.route(this.vehicles[i].thing());
            speeds[i] = Things.speed(this.vehicles[i].thing());
        }
    }

    /** The vehicles of {@code terrain}'s scenery (one look through its props). */
    public static Traffic of(Terrain terrain) {
        List<Prop> found = new ArrayList<>();
        for (Prop p : terrain.scenery().props()) {
            if (p.kind() == PropKind.VEHICLE) found.add(p);
        }
        return found.isEmpty() ? NONE : new Traffic(found, terrain);
    }

    /** The traffic of {@code vehicles} on {@code ground} (tests). */
    public static Traffic of(List<Prop> vehicles, Terrain ground) {
        return vehicles.isEmpty() ? NONE : new Traffic(vehicles, ground);
    }

    public boolean isEmpty() {
        return vehicles.length == 0;
    }

    /** The vehicles where they are at world second {@code seconds}. */
    public Moment at(double seconds) {
        return new Moment(this, seconds);
    }

    /**
     * The traffic at one moment.
     *
     * @param traffic the place's vehicles
     * @param seconds the world's clock
     */
    public record Moment(Traffic traffic, double seconds) {
        /** No vehicles at any moment. */
        public static final Moment NONE = new Moment(Traffic.NONE, 0);

        /**
         * The highest roof, plus {@link #ROOM}, of a vehicle whose box grown by
         * {@link #ROOM} an eye at {@code eye} moving at {@code v} is in or enters within
         * {@code horizon} seconds (each vehicle moving on at its present velocity); −∞ when
         * none. A vehicle whose box holds {@code spare} is left out: the subject the eye
         * frames rides it, and a shot of a man on a ship stays by him, not over the masts.
         */
        public double roofMet(Vec3 eye, Vec3 v, double horizon, Vec3 spare) {
            double top = Double.NEGATIVE_INFINITY;
            Traffic t = traffic;
            double eyeSpeed = StrictMath.hypot(v.x(), v.z());
            for (int i = 0; i < t.vehicles.length; i++) {
                Prop p = t.vehicles[i];
                VehicleMotion.Pose now = VehicleMotion.onWay(p, t.routes[i], t.speeds[i],
                        t.ground, seconds);
                // Nothing moves faster than its cruising speed: a far vehicle is passed by.
                double reach = 0.5 * StrictMath.hypot(p.width(), p.depth()) + ROOM
                        + (t.speeds[i] + eyeSpeed) * horizon;
                double dx = eye.x() - now.x(), dz = eye.z() - now.z();
                if (dx * dx + dz * dz > reach * reach) continue;
                double bottom = t.foot(now);
                Box box = new Box(p, now, bottom);
                if (spare != null && box.holds(spare.x(), spare.y(), spare.z(), 0)) continue;
                Vec3 drift = t.drift(i, now, seconds);
                for (int k = 0; k < SAMPLES; k++) {
                    double s = horizon * k / (SAMPLES - 1);
                    Vec3 rel = eye.plus(v.minus(drift).times(s));
                    if (box.holds(rel.x(), rel.y(), rel.z(), ROOM)) {
                        top = StrictMath.max(top, bottom + p.height() + ROOM);
                        break;
                    }
                }
            }
            return top;
        }

        /**
         * The vehicles where they are now, each as a row of upright cylinders along its
         * length (a bus as one fat cylinder would wall off half a street), for a cut that
         * looks for a clear view; a vehicle whose box holds {@code spare} is left out.
         */
        public List<Obstacle> bodies(Vec3 spare) {
            List<Obstacle> out = new ArrayList<>();
            Traffic t = traffic;
            for (int i = 0; i < t.vehicles.length; i++) {
                Prop p = t.vehicles[i];
                VehicleMotion.Pose now = VehicleMotion.onWay(p, t.routes[i], t.speeds[i],
                        t.ground, seconds);
                double bottom = t.foot(now);
                if (spare != null && new Box(p, now, bottom).holds(spare.x(), spare.y(),
                        spare.z(), 0)) {
                    continue;
                }
                int n = (int) StrictMath.max(1, StrictMath.ceil(p.depth() / p.width()));
                double piece = p.depth() / n;
                double r = 0.5 * StrictMath.hypot(p.width(), piece);
                double fx = VehicleMotion.forwardX(now.yawDeg());
                double fz = VehicleMotion.forwardZ(now.yawDeg());
                for (int k = 0; k < n; k++) {
                    double s = (k + 0.5) * piece - p.depth() / 2;
                    out.add(new Obstacle(p.thing() + "#" + p.id() + "." + k,
                            new Vec3(now.x() + fx * s, bottom, now.z() + fz * s), r,
                            p.height()));
                }
            }
            return out;
        }

        /** As {@link #roofMet} with no look ahead: the roof of a vehicle the eye is in. */
        public double roofOver(Vec3 eye, Vec3 spare) {
            return roofMet(eye, Vec3.ZERO, 0, spare);
        }
    }

    /** Height of a vehicle's foot at {@code now}: the ground under a road one. */
    private double foot(VehicleMotion.Pose now) {
        return Double.isNaN(now.y()) ? ground.heightAt(now.x(), now.z()) : now.y();
    }

    /**
     * How vehicle {@code i}, at {@code now} at world second {@code seconds}, moves: zero at
     * the instant its loop comes round.
     */
    private Vec3 drift(int i, VehicleMotion.Pose now, double seconds) {
        Prop p = vehicles[i];
        VehicleMotion.Pose before = VehicleMotion.onWay(p, routes[i], speeds[i], ground,
                seconds - DRIFT_SECONDS);
        double vy = Double.isNaN(now.y()) ? 0 : now.y() - before.y();
        Vec3 v = new Vec3(now.x() - before.x(), vy, now.z() - before.z())
                .times(1 / DRIFT_SECONDS);
        return v.length() > 4 * speeds[i] + 1 ? Vec3.ZERO : v;
    }

    /** A vehicle's box at one pose: its foot at {@code bottom}, turned by its heading. */
    private record Box(Prop p, VehicleMotion.Pose at, double bottom) {
        /** Whether (x, y, z) lies within this box grown by {@code room} on every side. */
        boolean holds(double x, double y, double z, double room) {
            if (y < bottom - room || y > bottom + p.height() + room) return false;
            double fx = VehicleMotion.forwardX(at.yawDeg());
            double fz = VehicleMotion.forwardZ(at.yawDeg());
            double dx = x - at.x(), dz = z - at.z();
            double along = dx * fx + dz * fz, across = dx * fz - dz * fx;
            return StrictMath.abs(along) < p.depth() / 2 + room
                    && StrictMath.abs(across) < p.width() / 2 + room;
        }
    }
}
