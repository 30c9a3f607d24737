package dev.longshot.world.creature;

import dev.longshot.world.EntityState;
import dev.longshot.world.Obstacle;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everyone in the scene: one {@link Herd} per species the plan's {@link Cast} names, in
 * rank order. A type that appears spawns a group where the camera looks; while the
 * plan keeps it, the same individuals live on (that is the coherence: the same deer); when
 * the plan drops it, they leave. Immutable: each step returns the next population.
 *
 * @param herds   one per present species, in {@link Species#rank()} order
 * @param spawned individuals spawned so far (numbers the next ids)
 */
public record Creatures(List<Herd> herds, int spawned) {
    public static final Creatures NONE = new Creatures(List.of(), 0);
    /** Solids farther than this from a walker do not steer it, metres. */
    private static final double SOLID_REACH = 2.5;

    public Creatures {
        herds = List.copyOf(herds);
    }

    /**
     * The population {@code dt} seconds on at {@code seconds}: dropped species leave, the
     * rest move, new ones spawn around the moved ones.
     */
    public Creatures step(Cast cast, Surroundings s, double seconds, double dt) {
        TreeMap<Species, Cast.Role> wanted = wanted(cast);
        List<Herd> kept = new ArrayList<>();
        for (Herd h : herds) {
            Cast.Role role = wanted.get(h.type());
            // Walkers who mount up (or riders who get down) are a new group.
            Species as = wanted.ceilingKey(h.type());
            if (role != null && as.mountId().equals(h.type().mountId())) {
                kept.add(h.doing(role.action()).advance(s, seconds, dt));
            }
        }
        List<Creature> before = members(kept);
        List<Herd> moved = new ArrayList<>();
        List<Obstacle> solids = new ArrayList<>();
        List<Integer> near = new ArrayList<>();
        for (Herd h : kept) {
            List<Creature> next = new ArrayList<>(h.members().size());
            for (Creature c : h.members()) {
                solidsNear(c, s, near, solids);
                Vec3 want = Steering.desired(c, h, before, solids, s, seconds, dt);
                next.add(Locomotion.step(c, want, before, solids, s, dt));
            }
            moved.add(h.with(next));
        }
        return spawnMissing(wanted, moved, s, spawned, List.of());
    }

    /**
     * The population the instant a new line begins in the same place: dropped species leave,
     * the kept ones take their new roles where they stand, new ones spawn around them.
     */
    public Creatures recast(Cast cast, Surroundings s) {
        Map<Species, Cast.Role> wanted = wanted(cast);
        List<Herd> kept = new ArrayList<>();
        for (Herd h : herds) {
            Cast.Role role = wanted.get(h.type());
            if (role != null) kept.add(h.doing(role.action()));
        }
        return spawnMissing(wanted, kept, s, spawned, List.of());
    }

    /**
     * The population at a new place (a cut): every wanted species spawns where the new
     * camera looks, the ones already present with the same individuals.
     */
    public Creatures relocate(Cast cast, Surroundings s) {
        return spawnMissing(wanted(cast), List.of(), s, spawned, herds);
    }

    /** The species the cast asks for, in rank order, each with its role (the first wins). */
    private static TreeMap<Species, Cast.Role> wanted(Cast cast) {
        TreeMap<Species, Cast.Role> out = new TreeMap<>(BY_RANK);
        for (Riding.Shown s : Riding.of(cast.roles(), Bestiary.bundled())) {
            out.putIfAbsent(CoatColour.tinted(s.type(), s.role().coat()), s.role());
        }
        return out;
    }

    private static final Comparator<Species> BY_RANK = Comparator.comparingInt(Species::rank);

    // Herds stay in rank order: present ones keep theirs, missing ones spawn in between.
    private static Creatures spawnMissing(Map<Species, Cast.Role> wanted, List<Herd> present,
                                          Surroundings s, int spawned, List<Herd> reuse) {
        List<Herd> out = new ArrayList<>();
        int next = spawned;
        int i = 0;
        for (Map.Entry<Species, Cast.Role> w : wanted.entrySet()) {
            Species type = w.getKey();
            while (i < present.size() && present.get(i).type().rank() < type.rank()) {
                i++;
            }
            if (i < present.size() && present.get(i).type().equals(type)) {
                out.add(present.get(i).coated(type));
                continue;
            }
            List<Creature> same = membersOf(reuse, type);
            List<Creature> others = members(out);
            others.addAll(members(present.subList(i, present.size())));
            Herd h = Spawner.spawn(type, w.getValue(), s, others, next, same);
            if (same.isEmpty()) next += Spawner.most(type, w.getValue().count());
            out.add(h);
        }
        return new Creatures(out, next);
    }

    private static List<Creature> membersOf(List<Herd> herds, Species type) {
        for (Herd h : herds) {
            if (h.type().equals(type)) return h.members();
        }
        return List.of();
    }

    private static List<Creature> members(List<Herd> herds) {
        List<Creature> all = new ArrayList<>();
        for (Herd h : herds) all.addAll(h.members());
        return all;
    }

    private static void solidsNear(Creature c, Surroundings s, List<Integer> near,
                                   List<Obstacle> out) {
        near.clear();
        out.clear();
        if (!c.type().habitat().groundBound()) return;
        s.obstacles().near(c.position().x(), c.position().z(), c.radius() + SOLID_REACH, near);
        for (int k : near) out.add(s.obstacles().get(k));
    }

    /** Everyone, herd by herd. */
    public List<Creature> all() {
        return members(herds);
    }

    /** The poses the renderer draws. */
    public List<SubjectPose> poses() {
        List<SubjectPose> out = new ArrayList<>();
        for (Creature c : all()) out.add(c.pose());
        return out;
    }

    /**
     * Everyone's body as a solid a view can be blocked by: an upright cylinder of its
     * collision radius, as tall as it stands (a shot's own subject never blocks it:
     * {@code ClearView} leaves out what stands within the target's reach).
     */
    public List<Obstacle> bodies() {
        List<Obstacle> out = new ArrayList<>();
        for (Creature c : all()) {
            EntityState e = c.entity();
            if (!e.groundBound() || e.radius() <= 0) continue;
            // As the camera measures a body: its eye height and a little more.
            double tall = StrictMath.max(c.type().eyeHeight() * c.size() * 1.15, e.radius());
            out.add(new Obstacle("body#" + e.id(), e.position(), e.radius(), tall));
        }
        return out;
    }

    /** What the validators see of everyone. */
    public List<EntityState> entities() {
        List<EntityState> out = new ArrayList<>();
        for (Creature c : all()) out.add(c.entity());
        return out;
    }

    /** The solids within {@code reach} metres of any walker, each once, in field order. */
    public List<Obstacle> solidsNear(ObstacleField field, double reach) {
        java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
        List<Integer> near = new ArrayList<>();
        for (Creature c : all()) {
            if (!c.type().habitat().groundBound()) continue;
            near.clear();
            field.near(c.position().x(), c.position().z(), c.radius() + reach, near);
            found.addAll(near);
        }
        List<Obstacle> out = new ArrayList<>();
        for (int k : found) out.add(field.get(k));
        return out;
    }
}
