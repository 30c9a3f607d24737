package dev.longshot.world.creature;

import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;
import dev.longshot.world.ValueNoise;
import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.scenery.WaterTown;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a new group where the camera sees it: a spot ahead of the camera (a deer herd by
 * the water when there is water, a school of fish in it), then each individual in a free
 * place around it — on ground it may stand on, clear of everyone already there and of every
 * solid. Deterministic from the group's seed.
 */
final class Spawner {
    private static final int SITE_TRIES = 64;
    private static final int PLACE_TRIES = 40;
    private static final double FISH_DEPTH = 0.08;
    /** A new flock flies over every solid this near its centre, metres. */
    private static final double TREETOP_REACH = 60;
    /** A solid at least this wide (metres round its axis) is a building no group stands in. */
    private static final double BUILDING_RADIUS = 4;
    /** Half the fewest of a group the plan calls many. */
    static final int SEVERAL = 5;
    /** Most of any one group, however many the plan asks for (bounded work per frame). */
    static final int MOST = 40;
    /** How much closer a group stands in a water town's lane than in the open. */
    private static final double LANE_SPREAD = 0.5;

    private Spawner() {}

    /**
     * A group of {@code type} with the given ids and sizes (new individuals when
     * {@code reuse} is empty), avoiding {@code others}; empty when no place fits it.
     */
    static Herd spawn(Species type, Cast.Role role, Surroundings s, List<Creature> others,
                      int firstId, List<Creature> reuse) {
        SubjectTraits t = type.traits();
        long seed = s.seedFor(type.rank() * 7919L + firstId);
        int n = reuse.isEmpty() ? count(type, role.count(), Wander.unit(seed, 1)) : reuse.size();
        double spread = t.spacing() * StrictMath.sqrt(n) * 0.75 + t.radius();
        // A water town's lanes are a few metres wide: a group there stands close together.
        if (WaterTown.is(s.terrain().request(), s.terrain().water())) spread *= LANE_SPREAD;
        Vec3 site = site(type, t, s, seed, spread);
        double heading = s.camera().yawDeg() + 90 + 180 * Wander.unit(seed, 2);
        if (site != null && t.habitat() == Habitat.AIR) site = aloft(site, t, s);
        double altitude = site == null ? 0 : site.y() - s.floorAt(site.x(), site.z());
        if (site == null) {
            return new Herd(type, List.of(), Vec3.ZERO, Vec3.ZERO, 0, 0, 0, seed, role.action());
        }
        Herd herd = new Herd(type, List.of(), site, site, heading, 0, altitude, seed,
                role.action());
        List<Creature> placed = new ArrayList<>(others);
        List<Creature> members = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String id = reuse.isEmpty() ? type.id() + "#" + (firstId + k) : reuse.get(k).id();
            double size = reuse.isEmpty() ? sizeOf(type, seed, k) : reuse.get(k).size();
            Creature c = place(herd, t, s, seed, k, id, size, spread, placed);
            if (c == null) continue;
            placed.add(c);
            members.add(c);
        }
        return herd.with(members);
    }

    /**
     * How many of a group of {@code type} the plan's {@code count} asks for: one; a few (2 or
     * 3); the species' usual group (no count); a group (a herd, a flock: the usual group, at
     * least {@link #SEVERAL}, so "a herd of horses" is more than the two a horse usually
     * keeps company with); many (one to two usual groups, at least twice {@link #SEVERAL});
     * a number ("8") that many. A collective (an army, a crowd: its recipe's {@code count} is
     * {@code many}) is many whatever its count: "an army" is one army. Never more than
     * {@link #MOST}.
     */
    static int count(Species type, String count, double unit) {
        SubjectTraits t = type.traits();
        int usual = t.minGroup() + (int) (unit * (t.maxGroup() - t.minGroup() + 1));
        if (count != null && "many".equals(type.recipe().text("count", ""))) count = "many";
        if (count == null) return usual;
        int n = switch (count) {
            case "one" -> 1;
            case "few" -> 2 + (int) (unit * 2);
            case "group" -> StrictMath.max(SEVERAL, usual);
            case "many" -> StrictMath.max(2 * SEVERAL + (int) (unit * SEVERAL),
                    t.maxGroup() + (int) (unit * (t.maxGroup() + 1)));
            default -> count.matches("[1-9][0-9]{0,3}") ? Integer.parseInt(count) : usual;
        };
        return StrictMath.min(MOST, n);
    }

    /** The most individuals a group of {@code type} with {@code count} can have. */
    static int most(Species type, String count) {
        return StrictMath.max(type.traits().maxGroup(), count(type, count,
                StrictMath.nextDown(1.0)));
    }

    private static double sizeOf(Species type, long seed, int k) {
        return 1 + type.sizeSpread() * (Wander.unit(seed, 100 + k) - 0.5);
    }

    /**
     * A flock's centre lifted to its cruising height: a little above where the camera looks
     * at that distance, and over the tree tops where trees grow.
     */
    private static Vec3 aloft(Vec3 site, SubjectTraits t, Surroundings s) {
        Camera cam = s.camera();
        Vec3 eye = cam.position();
        double d = StrictMath.hypot(site.x() - eye.x(), site.z() - eye.z());
        double y = eye.y() + d * StrictMath.tan(StrictMath.toRadians(cam.pitchDeg() + 8));
        double floor = s.floorAt(site.x(), site.z());
        double lowest = floor + (s.obstacles().size() > 0 ? 17 : 6);
        // Over the tops of the solids the flock may roam among (a line's tall pines).
        for (dev.longshot.world.Obstacle o : s.obstacles().within(site.x(), site.z(),
                TREETOP_REACH)) {
            lowest = StrictMath.max(lowest, o.base().y() + o.height() + 4);
        }
        double above = t.radius() > 0.5 ? 10 : 0; // big flyers soar above the small ones
        return new Vec3(site.x(), StrictMath.max(y, lowest) + above, site.z());
    }

    // The group's centre: the best of a few spots ahead that the whole group fits on.
    private static Vec3 site(Species type, SubjectTraits t, Surroundings s, long seed,
                             double spread) {
        Camera cam = s.camera();
        Terrain ground = s.terrain();
        boolean byWater = type.nearWater() && ground.water() != Water.NONE;
        Vec3 best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int k = 0; k < SITE_TRIES; k++) {
            boolean around = k >= SITE_TRIES / 2; // then look all round, farther
            // By the water the far bank may lie beyond the usual range.
            double far = t.spawnFar() * (around ? 2 : byWater ? 1.6 : 1);
            double d = t.spawnNear() + (far - t.spawnNear()) * Wander.unit(seed, 10 + k);
            double turn = (Wander.unit(seed, 200 + k) - 0.5) * (around ? 360 : 40);
            Vec3 p = cam.position().plus(Wander.heading(cam.yawDeg() + turn).times(d));
            // In a water town a walker's group stands on the lane of the bank it looked at.
            if (lanes(t, ground)) p = new Vec3(WaterTown.laneX(ground, p.x(), p.z()), p.y(), p.z());
            if (!fits(t, s, p.x(), p.z(), spread)) continue;
            // By the water: nearest the bank's height, ahead before all round.
            double score = byWater
                    ? StrictMath.abs(ground.heightAt(p.x(), p.z()) - ground.waterLevel() - 0.7)
                            + (around ? 100 : 0) + d * 0.01
                    : k;
            if (score < bestScore) {
                bestScore = score;
                best = p;
            }
            if (!byWater) break;
        }
        return best;
    }

    private static boolean fits(SubjectTraits t, Surroundings s, double x, double z,
                                double spread) {
        Terrain ground = s.terrain();
        boolean lanes = lanes(t, ground);
        for (int k = 0; k < 9; k++) {
            double a = k * StrictMath.PI / 4;
            double r = k == 8 ? 0 : spread;
            double px = x + r * StrictMath.cos(a), pz = z + r * StrictMath.sin(a);
            if (!t.habitat().allows(s.terrain(), px, pz, 0) || inBuilding(s, px, pz)
                    || lanes && !WaterTown.onLane(ground, px, pz)) {
                return false;
            }
        }
        return true;
    }

    /** Whether walkers of {@code t} keep to the lanes: a water town's, not its fields. */
    private static boolean lanes(SubjectTraits t, Terrain ground) {
        return t.habitat() == Habitat.LAND && WaterTown.is(ground.request(), ground.water());
    }

    /**
     * Whether (x, z) lies within a building-sized solid (a house, a castle): a group set down
     * there would be pushed out round its walls. Trees and rocks a group stands among.
     */
    private static boolean inBuilding(Surroundings s, double x, double z) {
        for (dev.longshot.world.Obstacle o : s.obstacles().within(x, z, 0)) {
            if (o.radius() >= BUILDING_RADIUS && o.height() > 2) return true;
        }
        return false;
    }

    private static Creature place(Herd herd, SubjectTraits t, Surroundings s, long seed, int k,
                                  String id, double size, double spread, List<Creature> placed) {
        for (int a = 0; a < PLACE_TRIES; a++) {
            Vec3 p;
            if (herd.type().marches() && a == 0) {
                p = herd.slotPosition(k);
            } else {
                double ang = 2 * StrictMath.PI * Wander.unit(seed, 1000 + k * 64L + a);
                double r = spread * (1 + a * 0.05) * StrictMath.sqrt(Wander.unit(seed,
                        5000 + k * 64L + a));
                p = herd.home().plus(new Vec3(r * StrictMath.cos(ang), 0, r * StrictMath.sin(ang)));
            }
            double radius = t.radius() * size;
            if (!t.habitat().allows(s.terrain(), p.x(), p.z(), 0)) continue;
            Vec3 at = new Vec3(p.x(), heightOf(herd, t, s, p, seed, k), p.z());
            if (!free(at, radius, t.habitat(), s, placed)) continue;
            double yaw = herd.type().marches() || t.habitat() == Habitat.AIR
                    ? herd.headingDeg() : 360 * Wander.unit(seed, 300 + k);
            Vec3 v = t.habitat() == Habitat.AIR ? Wander.heading(yaw).times(t.walk()) : Vec3.ZERO;
            return new Creature(id, herd.type(), at, v, yaw, Wander.unit(seed, 400 + k), size, k,
                    ValueNoise.mix(seed + 31L * k));
        }
        return null;
    }

    private static double heightOf(Herd herd, SubjectTraits t, Surroundings s, Vec3 p, long seed,
                                   int k) {
        return switch (t.habitat()) {
            case LAND -> s.terrain().heightAt(p.x(), p.z());
            case WATER -> s.terrain().waterLevel() - FISH_DEPTH;
            case AIR -> s.floorAt(p.x(), p.z()) + herd.altitude() + 3 * Wander.unit(seed, 500 + k);
        };
    }

    /** True when a body at {@code at} touches nobody in {@code placed} and no solid. */
    static boolean free(Vec3 at, double radius, Habitat habitat, Surroundings s,
                        List<Creature> placed) {
        for (Creature o : placed) {
            double gap = centre(at, radius, habitat).minus(centre(o)).length();
            if (gap < radius + o.radius() + 0.3) return false;
        }
        if (habitat != Habitat.LAND) return true;
        List<Integer> near = new ArrayList<>();
        s.obstacles().near(at.x(), at.z(), radius + 0.6, near);
        return near.isEmpty();
    }

    static Vec3 centre(Vec3 at, double radius, Habitat habitat) {
        return habitat.groundBound() ? at.plus(new Vec3(0, radius, 0)) : at;
    }

    static Vec3 centre(Creature c) {
        return centre(c.position(), c.radius(), c.type().habitat());
    }
}
