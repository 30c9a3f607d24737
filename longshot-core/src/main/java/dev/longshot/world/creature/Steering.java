package dev.longshot.world.creature;

import dev.longshot.world.Obstacle;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;
import java.util.List;

/**
 * The velocity an individual wants next, boids-style: its own wandering (heading, pace,
 * pauses and runs from slow noise shared partly with its group), cohesion with and alignment
 * to its group, separation from everyone near, the pull of home beyond the leash, a push
 * away from solids and from ground its habitat forbids. Flyers add a height to hold;
 * soldiers seek their slot in the ranks instead of wandering. Pure function of the frame's
 * state.
 */
final class Steering {
    /** Fastest climb or descent of a flyer, m/s. */
    private static final double MAX_CLIMB = 7;
    /** Vertical acceleration a walker's feet may take from the shape of the ground, m/s². */
    private static final double VERTICAL_ACCEL = 12;

    private Steering() {}

    /** Desired velocity of {@code c} (a member of {@code herd}), m/s. */
    static Vec3 desired(Creature c, Herd herd, List<Creature> everyone, List<Obstacle> solids,
                        Surroundings s, double seconds, double dt) {
        SubjectTraits t = c.type().traits();
        long own = s.whim(c.noise()), shared = s.whim(herd.seed());
        Vec3 want = c.type().marches() ? march(c, herd)
                : t.habitat() == Habitat.AIR ? fly(c, herd, t, own, shared, seconds)
                : wander(c, herd, t, own, shared, seconds);
        want = want.plus(flocking(c, herd, t));
        want = want.plus(leash(c, herd, t));
        want = want.plus(separation(c, t, everyone));
        if (t.habitat() == Habitat.LAND) want = want.plus(avoid(c, t, solids));
        want = want.plus(habitat(c, t, want, s));
        double top = StrictMath.max(t.run(), t.walk() * 1.3);
        double h = StrictMath.hypot(want.x(), want.z());
        if (t.habitat() == Habitat.LAND && h > 1e-6) {
            top = StrictMath.min(top, footing(c.position(), want.times(1 / h), s.terrain(), dt));
        }
        if (h > top) want = new Vec3(want.x() * top / h, want.y(), want.z() * top / h);
        if (t.habitat() == Habitat.AIR) want = new Vec3(want.x(), climb(c, herd, want, s, seconds),
                want.z());
        return want;
    }

    // Walkers and swimmers: a heading that drifts with the group's, a pace that pauses,
    // and for herds that flee, runs together now and then.
    private static Vec3 wander(Creature c, Herd herd, SubjectTraits t, long own, long shared,
                               double seconds) {
        double heading = 360 * Wander.at(shared, 1, seconds, 25)
                + 70 * Wander.at(own, 1, seconds, 6);
        double pace = Wander.at(own ^ shared, 2, seconds, 8) * 0.5
                + Wander.at(shared, 2, seconds, 11) * 0.5;
        double speed = clamp01((pace + 0.15) * 2.5) * t.walk();
        if (Action.rests(herd.action())) return Vec3.ZERO;
        if (Action.hurries(herd.action())) return Wander.heading(heading).times(t.run() * 0.8);
        if (c.type().behaviour() == Behaviour.FLEE) {
            double r = Wander.at(shared, 3, seconds, 9);
            speed += clamp01((r - 0.5) * 6) * (t.run() - speed);
        }
        return Wander.heading(heading).times(speed);
    }

    // Flyers never stop: birds follow the flock's drifting heading, an eagle circles home.
    private static Vec3 fly(Creature c, Herd herd, SubjectTraits t, long own, long shared,
                            double seconds) {
        if (c.type().behaviour() == Behaviour.CIRCLE) {
            Vec3 r = c.position().minus(herd.home());
            double d = StrictMath.max(1e-6, StrictMath.hypot(r.x(), r.z()));
            Vec3 tangent = new Vec3(-r.z() / d, 0, r.x() / d);
            Vec3 radial = new Vec3(r.x() / d, 0, r.z() / d);
            return tangent.times(t.walk()).plus(radial.times(-(d - 28) * 0.25));
        }
        double heading = 360 * Wander.at(shared, 1, seconds, 12)
                + 25 * Wander.at(own, 1, seconds, 3);
        return Wander.heading(heading).times(t.walk());
    }

    // Soldiers: where the formation is going, plus a spring towards the own slot.
    private static Vec3 march(Creature c, Herd herd) {
        Vec3 slot = herd.slotPosition(c.slot());
        Vec3 pull = slot.minus(c.position()).times(0.8);
        return Wander.heading(herd.headingDeg()).times(herd.anchorSpeed())
                .plus(new Vec3(pull.x(), 0, pull.z()));
    }

    private static Vec3 flocking(Creature c, Herd herd, SubjectTraits t) {
        if (c.type().keepsApart()) return Vec3.ZERO;
        Vec3 toCentre = herd.centroid().minus(c.position());
        toCentre = new Vec3(toCentre.x(), 0, toCentre.z());
        double d = toCentre.length();
        double loose = t.spacing() * StrictMath.sqrt(herd.members().size()) * 0.7;
        Vec3 cohesion = d > loose
                ? toCentre.times(t.walk() * 0.6 * StrictMath.min(1, (d - loose) / 3) / d)
                : Vec3.ZERO;
        Vec3 mean = herd.meanVelocity();
        Vec3 align = new Vec3(mean.x() - c.velocity().x(), 0, mean.z() - c.velocity().z())
                .times(0.3);
        return cohesion.plus(align);
    }

    private static Vec3 leash(Creature c, Herd herd, SubjectTraits t) {
        if (c.type().keepsApart()) return Vec3.ZERO;
        Vec3 r = herd.home().minus(c.position());
        double d = StrictMath.hypot(r.x(), r.z());
        if (d <= herd.leash()) return Vec3.ZERO;
        double k = t.walk() * StrictMath.min(1.5, (d - herd.leash()) / 8) / d;
        return new Vec3(r.x() * k, 0, r.z() * k);
    }

    // Push apart anyone closer than touching plus the type's personal space.
    private static Vec3 separation(Creature c, SubjectTraits t, List<Creature> everyone) {
        Vec3 me = Spawner.centre(c);
        Vec3 push = Vec3.ZERO;
        for (Creature o : everyone) {
            if (o == c) continue;
            Vec3 away = me.minus(Spawner.centre(o));
            if (t.habitat() != Habitat.AIR) away = new Vec3(away.x(), 0, away.z());
            double d = away.length();
            double touch = c.radius() + o.radius();
            double range = touch + StrictMath.max(0.5, t.spacing() * 0.6);
            // Fast flyers look ahead by how quickly they close in.
            if (t.habitat() == Habitat.AIR) {
                range += c.velocity().minus(o.velocity()).length() * 0.5;
            }
            if (d >= range || d < 1e-9) continue;
            double w = StrictMath.min(4, (range - d) / StrictMath.max(0.05, d - touch * 0.9));
            push = push.plus(away.times(w * StrictMath.max(1, t.walk()) * 0.8 / d));
        }
        return push;
    }

    private static Vec3 avoid(Creature c, SubjectTraits t, List<Obstacle> solids) {
        Vec3 push = Vec3.ZERO;
        for (Obstacle o : solids) {
            double dx = c.position().x() - o.base().x(), dz = c.position().z() - o.base().z();
            double d = StrictMath.hypot(dx, dz);
            double touch = c.radius() + o.radius();
            double range = touch + 1.0;
            if (d >= range || d < 1e-9) continue;
            double w = StrictMath.min(4, (range - d) / StrictMath.max(0.05, d - touch * 0.9));
            // Away from the trunk, and round it on the side the creature already passes.
            double side = c.velocity().x() * dz - c.velocity().z() * dx >= 0 ? 1 : -1;
            Vec3 away = new Vec3(dx / d, 0, dz / d);
            Vec3 round = new Vec3(-dz / d * side, 0, dx / d * side);
            push = push.plus(away.plus(round.times(0.5)).times(w * StrictMath.max(1, t.walk())));
        }
        return push;
    }

    // Ground a walker may not tread (or water too shallow for a fish) ahead: turn to better.
    private static Vec3 habitat(Creature c, SubjectTraits t, Vec3 want, Surroundings s) {
        if (t.habitat() == Habitat.AIR) return Vec3.ZERO;
        Vec3 p = c.position();
        double h = StrictMath.hypot(want.x(), want.z());
        double look = 1.5 + c.groundSpeed() + t.radius();
        Vec3 dir = h > 1e-6 ? new Vec3(want.x() / h, 0, want.z() / h)
                : Wander.heading(c.yawDeg());
        if (t.habitat().allows(s.terrain(), p.x() + dir.x() * look, p.z() + dir.z() * look,
                t.wadeDepth() * 0.5)) {
            return Vec3.ZERO;
        }
        Vec3 better = betterGround(p, t.habitat(), s.terrain());
        return better.times(t.walk() * 1.5).minus(dir.times(h * 0.8));
    }

    /** Unit horizontal direction towards higher ground (walkers) or deeper water (fish). */
    static Vec3 betterGround(Vec3 p, Habitat habitat, Terrain terrain) {
        double e = 1.5;
        double gx = terrain.heightAt(p.x() + e, p.z()) - terrain.heightAt(p.x() - e, p.z());
        double gz = terrain.heightAt(p.x(), p.z() + e) - terrain.heightAt(p.x(), p.z() - e);
        double sign = habitat == Habitat.WATER ? -1 : 1;
        double len = StrictMath.hypot(gx, gz);
        return len < 1e-9 ? Vec3.ZERO : new Vec3(sign * gx / len, 0, sign * gz / len);
    }

    // Flyers hold their height over the highest floor of the next few seconds ahead, so
    // they climb in time over rising ground, at most MAX_CLIMB.
    private static double climb(Creature c, Herd herd, Vec3 want, Surroundings s,
                                double seconds) {
        Vec3 p = c.position();
        double floor = s.floorAt(p.x(), p.z());
        for (double ahead = 1; ahead <= 4; ahead *= 2) {
            floor = StrictMath.max(floor, s.floorAt(p.x() + want.x() * ahead,
                    p.z() + want.z() * ahead));
        }
        double bob = 3 * Wander.at(s.whim(c.noise()), 4, seconds, 7);
        double target = floor + herd.altitude() + bob;
        return StrictMath.max(-MAX_CLIMB, StrictMath.min(MAX_CLIMB, (target - p.y()) * 0.8));
    }

    /**
     * The fastest a walker may go along {@code dir} over the ground of the next few metres
     * without its feet (which follow the ground) changing vertical speed harder than
     * {@link #VERTICAL_ACCEL}: bends of the ground cost v²·curvature, creases (ridges) cost
     * v·kink per frame.
     */
    private static double footing(Vec3 p, Vec3 dir, Terrain ground, double dt) {
        double bend = 0;
        double h0 = ground.heightAt(p.x(), p.z());
        double h1 = ground.heightAt(p.x() + dir.x(), p.z() + dir.z());
        for (int k = 2; k <= 7; k++) {
            double h2 = ground.heightAt(p.x() + dir.x() * k, p.z() + dir.z() * k);
            bend = StrictMath.max(bend, StrictMath.abs(h2 - 2 * h1 + h0));
            h0 = h1;
            h1 = h2;
        }
        if (bend < 1e-9) return Double.POSITIVE_INFINITY;
        return StrictMath.min(StrictMath.sqrt(VERTICAL_ACCEL / bend),
                VERTICAL_ACCEL * dt / bend);
    }

    private static double clamp01(double v) {
        return StrictMath.max(0, StrictMath.min(1, v));
    }
}
