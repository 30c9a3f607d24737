package dev.longshot.world.creature;

import dev.longshot.world.Obstacle;
import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;
import java.util.List;

/**
 * Moves one individual a frame on: eases its velocity towards what it wants within its
 * acceleration limit, then refuses what a body cannot do — close in on someone it touches,
 * walk into a trunk, step onto ground its habitat forbids — and puts it back on its level
 * (the ground under a walker's feet, just under the surface for a fish). The velocity it
 * reports is the one it moved by, so motion is continuous.
 */
final class Locomotion {
    /** Time constant of the easing towards the wanted velocity, seconds. */
    private static final double EASE = 0.5;
    /** Hard limit on any change of velocity, m/s² (contacts included). */
    private static final double MAX_ACCEL = 16;
    /** Bodies this close (beyond touching) may no longer approach each other, metres. */
    private static final double CONTACT = 0.12;
    /** Relative deceleration a body plans on to avoid another, m/s² (half the cap). */
    private static final double BRAKE = MAX_ACCEL / 2;
    private static final double TURN_RATE = 220; // deg/s

    private Locomotion() {}

    static Creature step(Creature c, Vec3 want, List<Creature> everyone, List<Obstacle> solids,
                         Surroundings s, double dt) {
        SubjectTraits t = c.type().traits();
        Vec3 v = c.velocity();
        Vec3 flat = t.habitat() == Habitat.AIR ? v : new Vec3(v.x(), 0, v.z());
        Vec3 a = want.minus(flat).times(1 / EASE);
        double accel = t.accel();
        if (t.habitat() == Habitat.LAND) {
            // The feet follow the ground: on a slope every horizontal change of speed is a
            // vertical one too, so the horizontal part gets less.
            Vec3 up = s.terrain().normalAt(c.position().x(), c.position().z());
            accel *= StrictMath.max(0.2, up.y());
        }
        if (t.habitat() != Habitat.AIR) a = new Vec3(a.x(), 0, a.z());
        Vec3 next = flat.plus(limit(a, accel).times(dt));
        next = contacts(c, next, everyone, solids, dt);
        next = keepHabitat(c, t, next, s, dt);
        next = flat.plus(limit(next.minus(flat), MAX_ACCEL * dt));
        Vec3 p = c.position().plus(next.times(dt));
        double y = switch (t.habitat()) {
            case LAND -> s.terrain().heightAt(p.x(), p.z());
            case WATER -> c.position().y();
            case AIR -> StrictMath.max(p.y(), s.floorAt(p.x(), p.z()) + 1);
        };
        Vec3 moved = new Vec3(p.x(), y, p.z());
        Vec3 velocity = new Vec3(next.x(), (y - c.position().y()) / dt, next.z());
        double speed = StrictMath.hypot(next.x(), next.z());
        return new Creature(c.id(), c.type(), moved, velocity, yaw(c, next, speed, dt),
                gait(c, t, speed, dt), c.size(), c.slot(), c.noise());
    }

    private static Vec3 limit(Vec3 v, double max) {
        double len = v.length();
        return len > max ? v.times(max / len) : v;
    }

    // No closing in on a body within CONTACT of touching; a gentle push out of any overlap.
    private static Vec3 contacts(Creature c, Vec3 v, List<Creature> everyone,
                                 List<Obstacle> solids, double dt) {
        boolean flyer = c.type().habitat() == Habitat.AIR;
        Vec3 me = Spawner.centre(c);
        double v2 = v.dot(v);
        for (Creature o : everyone) {
            if (o == c) continue;
            Vec3 oc = Spawner.centre(o);
            double dx = me.x() - oc.x(), dy = flyer ? me.y() - oc.y() : 0, dz = me.z() - oc.z();
            Vec3 ov = o.velocity();
            double o2 = ov.x() * ov.x() + (flyer ? ov.y() * ov.y() : 0) + ov.z() * ov.z();
            double touch = c.radius() + o.radius();
            if (tooFarToMatter(dx * dx + dy * dy + dz * dz, touch, v2 + o2)) continue;
            v = refuse(v, new Vec3(dx, dy, dz), touch, ov, flyer);
        }
        if (flyer) return v;
        for (Obstacle o : solids) {
            double dx = c.position().x() - o.base().x(), dz = c.position().z() - o.base().z();
            double touch = c.radius() + o.radius();
            if (tooFarToMatter(dx * dx + dz * dz, touch, v2)) continue;
            v = refuse(v, new Vec3(dx, 0, dz), touch, Vec3.ZERO, false);
        }
        return v;
    }

    /**
     * Whether {@link #refuse} would surely leave the velocity as it is: the gap is so wide that
     * braking could stop any closing speed the two can have, |v − w|² ≤ 2(|v|² + |w|²). A pure
     * shortcut (with a margin for rounding): the step is the same with or without it.
     */
    private static boolean tooFarToMatter(double dist2, double touch, double speeds2) {
        double reach = touch + CONTACT * 0.5 + speeds2 / BRAKE * (1 + 1e-6) + 1e-6;
        return dist2 > reach * reach * (1 + 1e-9);
    }

    // Close in no faster than a body can still brake to a stop before touching: the allowed
    // closing speed falls with the gap as sqrt(2·a·gap), so avoiding never needs more than
    // BRAKE of deceleration, within the acceleration cap (a dart into a shoal stops short).
    private static Vec3 refuse(Vec3 v, Vec3 d, double touch, Vec3 other, boolean flyer) {
        double dist = d.length();
        if (dist < 1e-9) return v;
        Vec3 n = d.times(1 / dist);
        Vec3 rel = v.minus(flyer ? other : new Vec3(other.x(), 0, other.z()));
        double closing = -rel.dot(n);
        double gap = dist - touch - CONTACT * 0.5;
        double allowed = gap <= 0 ? 0 : StrictMath.sqrt(2 * BRAKE * gap);
        double out = StrictMath.max(0, -gap); // overlap to undo
        if (closing <= allowed && out == 0) return v;
        double fix = StrictMath.max(0, closing - allowed) + StrictMath.min(0.5, out * 2);
        return v.plus(n.times(fix));
    }

    // Do not step where the habitat forbids: drop the part of the velocity that goes worse.
    private static Vec3 keepHabitat(Creature c, SubjectTraits t, Vec3 v, Surroundings s,
                                    double dt) {
        if (t.habitat() == Habitat.AIR) return v;
        Vec3 p = c.position();
        double ahead = c.radius() + 0.2;
        double h = StrictMath.hypot(v.x(), v.z());
        if (h < 1e-9) return v;
        double px = p.x() + v.x() / h * ahead + v.x() * dt, pz = p.z() + v.z() / h * ahead
                + v.z() * dt;
        if (t.habitat().allows(s.terrain(), px, pz, t.wadeDepth())) return v;
        Vec3 better = Steering.betterGround(p, t.habitat(), s.terrain());
        double worse = -(v.x() * better.x() + v.z() * better.z());
        return worse <= 0 ? v : v.plus(better.times(worse));
    }

    private static double yaw(Creature c, Vec3 v, double speed, double dt) {
        if (speed < 0.08) return c.yawDeg();
        double turn = Wander.turn(c.yawDeg(), Wander.headingOf(v.x(), v.z()));
        double max = TURN_RATE * dt * StrictMath.min(1, speed / 0.3);
        double yaw = c.yawDeg() + StrictMath.max(-max, StrictMath.min(max, turn));
        return yaw - 360 * StrictMath.floor(yaw / 360);
    }

    // Walkers advance a cycle per stride (longer strides as they speed up); flyers beat
    // their wings on a clock; fish swish faster as they swim faster.
    private static double gait(Creature c, SubjectTraits t, double speed, double dt) {
        double cycles = switch (t.habitat()) {
            case LAND -> speed / (t.stride() * (1 + 0.35 * StrictMath.max(0,
                    speed / t.walk() - 1)));
            case AIR -> 1 / t.stride();
            case WATER -> (0.6 + speed) / t.stride();
        };
        double phase = c.gaitPhase() + cycles * dt;
        return phase - StrictMath.floor(phase);
    }
}
