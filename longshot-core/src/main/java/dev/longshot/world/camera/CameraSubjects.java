package dev.longshot.world.camera;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;
import dev.longshot.world.creature.Creature;
import dev.longshot.world.creature.Creatures;
import dev.longshot.world.creature.Habitat;
import dev.longshot.world.creature.Head;
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
        return of(shot, Cast.of(plan), creatures, camera);
    }

    /** As above, for a cast whose named subjects the world told apart ({@link Cast#naming}). */
    public static CameraTarget of(Shot shot, Cast cast, Creatures creatures, Camera camera) {
        CameraMove move = shot.move();
        boolean flyersOnly = move == CameraMove.TILT;
        boolean wanted = switch (move) {
            case TRACK, POV, ORBIT, CRANE, ZOOM, TILT -> true;
            default -> shot.framesSubject();
        };
        if (!wanted || creatures.herds().isEmpty()) return CameraTarget.NONE;
        List<Herd> named = named(cast.named(), creatures.herds(), flyersOnly);
        boolean close = Framing.closeUp(shot.size());
        if (named.size() > 1 && move != CameraMove.POV && !close) {
            // Several groups named: all in one frame when they stand together.
            CameraTarget all = groupOf(named);
            if (together(all, named)) return all;
            if (Framing.wide(shot.size())) return apart(all, named);
        }
        Herd h = named.isEmpty() ? chosen(creatures.herds(), camera, flyersOnly)
                : named.get(turn(shot, named.size()));
        if (h == null) return CameraTarget.NONE;
        if (move == CameraMove.POV) return eyeOf(h.members().get(0));
        return close ? closeOf(shot, nearest(h, camera)) : groupOf(h);
    }

    /**
     * What {@code shot} frames among {@code creatures} and the things the line names: each
     * named group and thing in turn (a thing first when the camera is aimed at it), or all of
     * them at once when they stand together and the shot is not close; with no thing named,
     * as {@link #of(Shot, Cast, Creatures, Camera)}. A point of view rides with a creature.
     */
    public static CameraTarget of(Shot shot, Cast cast, Creatures creatures, ThingSights things,
            Camera camera) {
        if (things.isEmpty() || shot.move() == CameraMove.POV) {
            return of(shot, cast, creatures, camera);
        }
        boolean wanted = switch (shot.move()) {
            case TRACK, ORBIT, CRANE, ZOOM, TILT -> true;
            default -> shot.framesSubject();
        };
        if (!wanted) return CameraTarget.NONE;
        List<CameraTarget> herds = herds(shot, cast, creatures, camera);
        List<CameraTarget> all = candidates(herds, things);
        if (all.size() > 1 && !Framing.closeUp(shot.size())) {
            CameraTarget one = union(all);
            if (shareAFrame(one, all, herds)) return one;
        }
        List<CameraTarget> turns = turns(all, things);
        return turns.get(turn(shot, turns.size()));
    }

    /** As {@link #turnChanges(Shot, double, Cast, Creatures)}, with the named things too. */
    public static boolean turnChanges(Shot shot, double dt, Cast cast, Creatures creatures,
            ThingSights things, Camera camera) {
        if (things.isEmpty() || shot.move() == CameraMove.POV) {
            return turnChanges(shot, dt, cast, creatures);
        }
        List<CameraTarget> herds = herds(shot, cast, creatures, camera);
        List<CameraTarget> all = candidates(herds, things);
        if (all.size() < 2) return false;
        if (!Framing.closeUp(shot.size()) && shareAFrame(union(all), all, herds)) return false;
        int n = turns(all, things).size();
        return turn(shot, n) != turn(shot.later(-dt), n);
    }

    /**
     * Who takes turns in the frame when the line's targets share none: the named groups and
     * the named things that stand up, in the line's order. A road or mud is where it happens,
     * not what is filmed: a turn on a strip of road near the start put the camera by the
     * castle's wall on the siege's road line. A thing much smaller than a named group is a
     * detail of the group's scene ("the army marches under red banners"): its turn framed a
     * banner on the castle's wall, the wall filling the frame.
     */
    private static List<CameraTarget> turns(List<CameraTarget> all, ThingSights things) {
        double group = 0;
        for (CameraTarget t : all) {
            if (!things.targets().contains(t)) group = StrictMath.max(group, t.radius());
        }
        List<CameraTarget> out = new java.util.ArrayList<>();
        for (CameraTarget t : all) {
            boolean thing = things.targets().contains(t);
            if (!thing || t.height() > FLAT && t.radius() >= DETAIL_SHARE * group) out.add(t);
        }
        return out.isEmpty() ? all : out;
    }

    /** The named groups, one body each when the shot is close. */
    private static List<CameraTarget> herds(Shot shot, Cast cast, Creatures creatures,
            Camera camera) {
        boolean close = Framing.closeUp(shot.size());
        List<CameraTarget> herds = new java.util.ArrayList<>();
        for (Herd h : named(cast.named(), creatures.herds(), shot.move() == CameraMove.TILT)) {
            herds.add(close ? closeOf(shot, nearest(h, camera)) : groupOf(h));
        }
        return herds;
    }

    /** The named groups ({@link #herds}) and the named things, in turn order. */
    private static List<CameraTarget> candidates(List<CameraTarget> herds,
            ThingSights things) {
        List<CameraTarget> out = new java.util.ArrayList<>();
        if (things.lead()) out.addAll(things.targets());
        out.addAll(herds);
        if (!things.lead()) out.addAll(things.targets());
        return out;
    }

    /** Targets framed as one: their common middle, reach and height; drift of them all. */
    static CameraTarget union(List<CameraTarget> all) {
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY;
        double z0 = x0, z1 = x1, y0 = x0, y1 = x1;
        Vec3 v = Vec3.ZERO;
        double body = Double.POSITIVE_INFINITY;
        for (CameraTarget t : all) {
            body = StrictMath.min(body, t.body());
            Vec3 c = t.centre();
            x0 = StrictMath.min(x0, c.x() - t.radius());
            x1 = StrictMath.max(x1, c.x() + t.radius());
            z0 = StrictMath.min(z0, c.z() - t.radius());
            z1 = StrictMath.max(z1, c.z() + t.radius());
            y0 = StrictMath.min(y0, c.y() - t.height() / 2);
            y1 = StrictMath.max(y1, c.y() + t.height() / 2);
            v = v.plus(t.velocity().times(1.0 / all.size()));
        }
        Vec3 mid = new Vec3((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2);
        double reach = 0;
        for (CameraTarget t : all) {
            Vec3 d = t.centre().minus(mid);
            reach = StrictMath.max(reach, StrictMath.hypot(d.x(), d.z()) + t.radius());
        }
        CameraTarget first = all.get(0);
        return new CameraTarget(mid, v, reach, y1 - y0, first.headingDeg(), first.flying(),
                body);
    }

    /**
     * Whether targets share a frame: as groups do ({@code together}), by their extents, and
     * each named group of {@code herds} still reaches {@link #HERD_SHARE} of the common
     * extent (a giraffe 16 m from the acacia it is named with was a speck between them: a
     * thin body is seen by its reach, not by its height).
     */
    private static boolean shareAFrame(CameraTarget one, List<CameraTarget> all,
            List<CameraTarget> herds) {
        for (CameraTarget h : herds) {
            if (extent(h) < HERD_SHARE * extent(one)) return false;
        }
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (CameraTarget t : all) {
            largest = StrictMath.max(largest, extent(t));
            smallest = StrictMath.min(smallest, t.height());
        }
        return extent(one) <= 1.6 * largest + 4 && extent(one) <= 4 * smallest;
    }

    /**
     * Whether the shot of {@code shot} moves on to another of the line's named groups at this
     * frame, {@code dt} seconds after the last: each named group that does not stand with the
     * others has its turn of every second ({@link #turn}), and an editor cuts between them.
     */
    public static boolean turnChanges(Shot shot, double dt, Cast cast, Creatures creatures) {
        if (shot.move() == CameraMove.POV) return false;
        List<Herd> named = named(cast.named(), creatures.herds(), shot.move() == CameraMove.TILT);
        if (named.size() < 2) return false;
        if (!Framing.closeUp(shot.size()) && together(groupOf(named), named)) return false;
        if (Framing.wide(shot.size())) return false;
        return turn(shot, named.size()) != turn(shot.later(-dt), named.size());
    }

    /**
     * Which of {@code n} named groups a shot frames now: each has an equal turn of the line's
     * first second, in rank order, so every one is on screen on a one-second line; a held
     * line then gives each a turn of {@link #HELD_TURN_SECONDS} (cutting twice a second for
     * a whole 35-s hold flickered between two views: 70 cuts a minute in the hour's score).
     */
    static int turn(Shot shot, int n) {
        double t = StrictMath.max(0, shot.elapsed());
        if (t >= 1) return (int) (StrictMath.floor((t - 1) / HELD_TURN_SECONDS) % n);
        return StrictMath.min(n - 1, (int) StrictMath.floor(t * n));
    }

    /**
     * A thing no taller than this lies on the ground (a road, mud: their targets are 0.3 m),
     * metres; a rowing boat (1 m) stands up out of the water and takes its turn.
     */
    private static final double FLAT = 0.5;

    /** Share of a named group's reach below which a named thing is a detail of its scene. */
    private static final double DETAIL_SHARE = 0.5;

    /** Least share of a common frame's extent a named group spans with named things. */
    private static final double HERD_SHARE = 0.4;

    /** How long each named group holds the frame after a held line's first second. */
    static final double HELD_TURN_SECONDS = 4;

    /**
     * Whether the groups stand close enough to share a frame: together they reach little
     * farther than the largest of them, so none of them shrinks much in the common frame.
     */
    private static boolean together(CameraTarget all, List<Herd> groups) {
        double largest = 0;
        double smallestBody = Double.POSITIVE_INFINITY;
        for (Herd h : groups) {
            CameraTarget one = groupOf(h);
            largest = StrictMath.max(largest, extent(one));
            smallestBody = StrictMath.min(smallestBody, one.height());
        }
        // …and the smallest body still a fair part of the common frame (a shepherd by his
        // flock is, an eagle over a deer is not).
        return extent(all) <= 1.6 * largest + 4 && extent(all) <= 4 * smallestBody;
    }

    /**
     * Groups that stand apart, framed as one all the same ({@link CameraTarget#apart}): their
     * common frame, heading along the line from the first group to the last.
     */
    private static CameraTarget apart(CameraTarget all, List<Herd> groups) {
        Vec3 a = groups.get(0).centroid(), b = groups.get(groups.size() - 1).centroid();
        return new CameraTarget(all.centre(), all.velocity(), all.radius(), all.height(),
                Wander.headingOf(b.x() - a.x(), b.z() - a.z()), all.flying(), all.body(), true);
    }

    /** How far a target reaches from its centre, across or up. */
    private static double extent(CameraTarget t) {
        return StrictMath.max(t.radius(), t.height() / 2);
    }

    /** The present groups of the ids the line names, in rank order. */
    private static List<Herd> named(Set<String> ids, List<Herd> herds, boolean flyersOnly) {
        List<Herd> out = new java.util.ArrayList<>();
        for (Herd h : herds) {
            // A ridden horse is under its riders: naming either frames them.
            if (usable(h, flyersOnly) && (ids.contains(h.type().id())
                    || ids.contains(h.type().mountId()))) {
                out.add(h);
            }
        }
        return out;
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

    /**
     * What a close shot of {@code m} frames: a medium shot the whole body; a close-up its
     * head and shoulders (the middle of the frame moved from the body's middle most of the
     * way to its head: framed on its middle, a deer's head 1 m ahead of it was out of the
     * frame, the close-up all flank); an extreme close-up or an insert its head (framed on
     * the body, a wolf's grey flank filled the frame as a dark block).
     */
    static CameraTarget closeOf(Shot shot, Creature m) {
        CameraTarget body = bodyOf(m);
        return switch (shot.size()) {
            case "close-up" -> new CameraTarget(Vec3.lerp(body.centre(), Head.of(m), FACE_SHARE),
                    body.velocity(), body.radius(), body.height(), body.headingDeg(),
                    body.flying());
            case "extreme-close-up", "insert" -> {
                double head = Head.length(m);
                yield new CameraTarget(Head.of(m), body.velocity(), head, 2 * head,
                        body.headingDeg(), body.flying());
            }
            default -> body;
        };
    }

    /** How far from a body's middle towards its head a close-up is centred. */
    private static final double FACE_SHARE = 0.6;

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

    /** The nearest group in front of the camera, else the nearest (none named). */
    private static Herd chosen(List<Herd> herds, Camera camera, boolean flyersOnly) {
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
        return groupOf(List.of(h));
    }

    /**
     * Groups framed as one: the centre of all their members at about the height of their
     * bodies, their mean drift, their reach; heading and flight of the first group.
     */
    static CameraTarget groupOf(List<Herd> groups) {
        Vec3 c = Vec3.ZERO;
        Vec3 v = Vec3.ZERO;
        int n = 0;
        for (Herd h : groups) {
            for (Creature m : h.members()) {
                c = c.plus(m.position());
                v = v.plus(m.velocity());
                n++;
            }
        }
        Herd first = groups.get(0);
        if (n == 0) return groupOfEmpty(first);
        c = c.times(1.0 / n);
        v = v.times(1.0 / n);
        double reach = 0;
        double body = 0;
        double tall = 0;
        double top = Double.NEGATIVE_INFINITY, bottom = Double.POSITIVE_INFINITY;
        for (Herd h : groups) {
            for (Creature m : h.members()) {
                tall = StrictMath.max(tall, heightOf(m));
                Vec3 d = m.position().minus(c);
                reach = StrictMath.max(reach, StrictMath.hypot(d.x(), d.z()) + m.radius());
                body += eyeHeight(m) / n;
                top = StrictMath.max(top, m.position().y() + heightOf(m));
                bottom = StrictMath.min(bottom, m.position().y());
            }
        }
        double oneBody = tall;
        // Groups at different heights (a bird above a deer) are as tall as they span.
        if (groups.size() > 1) tall = StrictMath.max(tall, top - bottom);
        double heading = StrictMath.hypot(v.x(), v.z()) > 0.05
                ? Wander.headingOf(v.x(), v.z()) : first.headingDeg();
        boolean flying = first.type().habitat() == Habitat.AIR;
        Vec3 aim = groups.size() > 1 ? new Vec3(c.x(), (top + bottom) / 2, c.z())
                : c.plus(new Vec3(0, body * 0.7, 0));
        return new CameraTarget(aim, v, reach, tall, heading, flying, oneBody);
    }

    private static CameraTarget groupOfEmpty(Herd h) {
        return new CameraTarget(h.home(), Vec3.ZERO, 0, 0, h.headingDeg(),
                h.type().habitat() == Habitat.AIR);
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
