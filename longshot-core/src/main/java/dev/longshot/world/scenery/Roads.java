package dev.longshot.world.scenery;

import dev.longshot.plan.Setting;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;

/**
 * The ways things go in a place: the road north from the spawn point (the city's avenue, the
 * village path, or in open country a straight road just east of the view), its lanes and
 * roadsides, the water where a boat can sail a loop, and seeded spots in the view.
 */
final class Roads {
    /** Offset of the open-country road from the spawn point, and its width, metres. */
    static final double OPEN_ROAD_X = 8, OPEN_ROAD_WIDTH = 7;

    /** A place on a lane: its middle and heading. */
    record Lane(double x, double z, double yawDeg) {}

    private Roads() {}

    /** Centre line (x) of the place's road at z. */
    static double roadX(Terrain t, Vec3 spawn, double z) {
        if (HarbourLayout.isHarbour(t)) return spawn.x() + HarbourLayout.QUAY_X + 6;
        return switch (t.setting()) {
            case CITY -> 0;
            case VILLAGE -> VillageLayout.pathX(t.noise(), z);
            default -> spawn.x() + OPEN_ROAD_X;
        };
    }

    /** Half the road's width, metres. */
    static double halfWidth(Terrain t) {
        if (HarbourLayout.isHarbour(t)) return 4.5;
        return switch (t.setting()) {
            case CITY -> CityGrid.STREET / 2;
            case VILLAGE -> 2.2;
            default -> OPEN_ROAD_WIDTH / 2;
        };
    }

    /** Whether the place has a road of its own (else one is laid for its vehicles). */
    static boolean hasRoad(Terrain t) {
        return t.setting() == Setting.CITY || t.setting() == Setting.VILLAGE
                || HarbourLayout.isHarbour(t);
    }

    /**
     * The {@code i}-th vehicle's place: alternate lanes and directions up the road; a long
     * one (a train) crosses the view east–west instead.
     */
    static Lane lane(Terrain t, Vec3 spawn, int i, double length) {
        if (length > 30) return new Lane(spawn.x(), spawn.z() - 110 - 60 * i, 90);
        double z = spawn.z() - 40 - 45 * i;
        boolean north = i % 2 == 0;
        double off = halfWidth(t) * (t.setting() == Setting.VILLAGE ? 0.4 : 0.5);
        return new Lane(roadX(t, spawn, z) + (north ? off : -off), z, north ? 0 : 180);
    }

    /** The {@code k}-th spot beside the road, alternate sides, {@code step} metres apart. */
    static Vec3 roadside(Terrain t, Vec3 spawn, int k, double step) {
        double z = spawn.z() - 14 - k * step;
        double off = t.setting() == Setting.VILLAGE ? 2.6 : halfWidth(t) + 1.2;
        double x = roadX(t, spawn, z) + (k % 2 == 0 ? off : -off);
        return new Vec3(x, t.heightAt(x, z), z);
    }

    /**
     * A seeded point in the view north of {@code spawn}: between {@code near} and {@code far}
     * metres, within {@code halfAngle} degrees of north; {x, z}.
     */
    static double[] inView(Vec3 spawn, long v, double near, double far, double halfAngle) {
        double r = near + (far - near) * StrictMath.sqrt(Placement.unit(Placement.hash(v, 11, 0)));
        double a = StrictMath.toRadians(halfAngle * (2 * Placement.unit(Placement.hash(v, 12, 0))
                - 1));
        return new double[] {spawn.x() + r * StrictMath.sin(a), spawn.z() - r * StrictMath.cos(a)};
    }

    /**
     * Middle and heading {x, z, yaw} of a loop of half-length {@code radius} that lies wholly
     * on deep enough open water in the view (not under a quay or pier of {@code at}), or null
     * when there is none.
     */
    static double[] waterLoop(Placement at, double radius, long v) {
        for (int k = 0; k < 48; k++) {
            long h = Placement.hash(v, k, 13);
            // Nearest water first, so a boat is big enough to see; further out if it is not.
            double[] p = inView(at.spawn(), h, 20 + radius, 60 + 10 * k, 28 + k / 3.0);
            // Across the view, or every other try along it (a channel between quays).
            double yaw = (k % 2 == 0 ? 90 : 0)
                    + 30 * (Placement.unit(Placement.hash(h, 14, 0)) - 0.5);
            if (wetLoop(at, p[0], p[1], yaw, radius)) return new double[] {p[0], p[1], yaw};
        }
        return null;
    }

    static boolean wetLoop(Placement at, double x, double z, double yaw, double a) {
        Terrain t = at.terrain();
        double fx = VehicleMotion.forwardX(yaw), fz = VehicleMotion.forwardZ(yaw);
        // A rowing boat floats in half a metre of water and keeps 2 m off the shore; a big
        // boat wants a metre and 4 m.
        boolean small = a < 12;
        double draft = small ? 0.5 : 1, margin = small ? 2 : 4;
        double b = 0.35 * a + margin;
        double floor = t.waterLevel() - draft;
        for (int k = 0; k < 12; k++) {
            double th = 2 * StrictMath.PI * k / 12;
            double c = (a + margin) * StrictMath.cos(th), s = b * StrictMath.sin(th);
            double px = x + c * fx - s * fz, pz = z + c * fz + s * fx;
            if (t.heightAt(px, pz) > floor || at.spanned(px, pz)) return false;
        }
        return t.heightAt(x, z) < floor && !at.spanned(x, z);
    }

    /**
     * Where the line x = {@code x} north of {@code fromZ} first enters the water and leaves
     * it again {entry z, exit z}, or null when it finds no water within {@code reach} metres.
     */
    static double[] crossing(Terrain t, double x, double fromZ, double reach) {
        double wet = Double.NaN;
        for (double z = fromZ; z > fromZ - reach; z -= 1) {
            boolean w = t.heightAt(x, z) < t.waterLevel();
            if (w && Double.isNaN(wet)) wet = z;
            if (!w && !Double.isNaN(wet)) return new double[] {wet, z};
        }
        return Double.isNaN(wet) ? null : new double[] {wet, Double.NaN};
    }
}
