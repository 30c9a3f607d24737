package dev.longshot.world.camera;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;
import dev.longshot.world.creature.Creature;
import dev.longshot.world.creature.Creatures;
import dev.longshot.world.creature.Habitat;
import dev.longshot.world.creature.Herd;
import dev.longshot.world.creature.Cast;
import java.util.List;
import java.util.Set;

/**
 * Which subjects a camera move is bound to, frame by frame, deterministically: the first
 * group (in rank order) of a species the line names ({@link ScenePlan#named()}),
 * else the nearest group in front of the camera, else the nearest. A tilt looks up to a
 * flyer; a point of view rides with the group's first member.
 */
public final class CameraSubjects {
    private CameraSubjects() {}

    /** What {@code move} frames among {@code creatures}, or {@link CameraTarget#NONE}. */
    public static CameraTarget of(CameraMove move, ScenePlan plan, Creatures creatures,
            Camera camera) {
        return of(Shot.of(move), plan, creatures, camera);
    }

    /**
     * What {@code shot} frames among {@code creatures}, or {@link CameraTarget#NONE}: the
     * moves bound to a subject, and every shot that frames one (a shot size, an angle, a line
     * that names a subject). A medium shot or closer frames one member of the group, the one
     * nearest the camera; wider shots frame the whole group.
     */
    public static CameraTarget of(Shot shot, ScenePlan plan, Creatures creatures,
            Camera camera) {
        CameraMove move = shot.move();
        boolean flyersOnly = move == CameraMove.TILT;
        boolean wanted = switch (move) {
            case TRACK, POV, ORBIT, CRANE, ZOOM, TILT -> true;
            default -> shot.framesSubject();
        };
        if (!wanted || creatures.herds().isEmpty()) return CameraTarget.NONE;
        Herd h = chosen(plan, creatures.herds(), camera, flyersOnly);
        if (h == null) return CameraTarget.NONE;
        if (move == CameraMove.POV) return eyeOf(h.members().get(0));
        return Framing.closeUp(shot.size()) ? bodyOf(nearest(h, camera)) : groupOf(h);
    }

    /** The member of {@code h} nearest the camera (the first of equals). */
    private static Creature nearest(Herd h, Camera camera) {
        Creature best = h.members().get(0);
        double d = best.position().minus(camera.position()).length();
        for (Creature m : h.members()) {
            double e = m.position().minus(camera.position()).length();
            if (e < d) {
                d = e;
                best = m;
            }
        }
        return best;
    }

    /** One body: its middle, its reach and its height. */
    static CameraTarget bodyOf(Creature m) {
        double tall = heightOf(m);
        boolean flying = m.type().habitat() == Habitat.AIR;
        Vec3 base = flying ? m.position().minus(new Vec3(0, tall * 0.5, 0)) : m.position();
        return new CameraTarget(base.plus(new Vec3(0, tall * 0.55, 0)), m.velocity(),
                m.radius(), tall, m.yawDeg(), flying);
    }

    /** How tall a body stands: a little over its eyes, never less than its reach. */
    static double heightOf(Creature m) {
        return StrictMath.max(eyeHeight(m) * 1.15, m.radius());
    }

    private static Herd chosen(ScenePlan plan, List<Herd> herds, Camera camera,
                               boolean flyersOnly) {
        // The planner read the line once; the world only reads the plan, never its text.
        Set<String> named = Cast.of(plan).named();
        for (Herd h : herds) {
            // A ridden horse is under its riders: naming either frames them.
            if (usable(h, flyersOnly) && (named.contains(h.type().id())
                    || named.contains(h.type().mountId()))) {
                return h;
            }
        }
        Herd best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        Vec3 ahead = camera.forward();
        for (Herd h : herds) {
            if (!usable(h, flyersOnly)) continue;
            Vec3 to = h.centroid().minus(camera.position());
            // Behind the camera counts as much farther: the one in front wins.
            double score = to.length() + (to.dot(ahead) < 0 ? 1e6 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = h;
            }
        }
        return best;
    }

    private static boolean usable(Herd h, boolean flyersOnly) {
        return !h.members().isEmpty()
                && (!flyersOnly || h.type().habitat() == Habitat.AIR);
    }

    /** The group's centre at about the height of its bodies, its drift and its reach. */
    static CameraTarget groupOf(Herd h) {
        Vec3 c = h.centroid();
        double reach = 0;
        double body = 0;
        double tall = 0;
        for (Creature m : h.members()) {
            tall = StrictMath.max(tall, heightOf(m));
            Vec3 d = m.position().minus(c);
            reach = StrictMath.max(reach, StrictMath.hypot(d.x(), d.z()) + m.radius());
            body += eyeHeight(m) / h.members().size();
        }
        Vec3 v = h.meanVelocity();
        double heading = StrictMath.hypot(v.x(), v.z()) > 0.05
                ? Wander.headingOf(v.x(), v.z()) : h.headingDeg();
        boolean flying = h.type().habitat() == Habitat.AIR;
        return new CameraTarget(c.plus(new Vec3(0, body * 0.7, 0)), v, reach, tall, heading,
                flying);
    }

    /** The eye of one subject, a little ahead of its head so its own body is not in view. */
    static CameraTarget eyeOf(Creature c) {
        Vec3 ahead = Wander.heading(c.yawDeg()).times(c.radius() * 1.2);
        Vec3 eye = c.position().plus(ahead).plus(new Vec3(0, eyeHeight(c), 0));
        boolean flying = c.type().habitat() == Habitat.AIR;
        return new CameraTarget(eye, c.velocity(), c.radius(), heightOf(c), c.yawDeg(), flying);
    }

    /** Height of the eyes above the base point (feet; a flyer's or swimmer's centre). */
    static double eyeHeight(Creature c) {
        return c.type().eyeHeight() * c.size();
    }
}
