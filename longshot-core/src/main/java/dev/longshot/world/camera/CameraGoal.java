package dev.longshot.world.camera;

import dev.longshot.plan.CameraMove;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;

/**
 * What one camera move asks of the rig at one frame: either a place to be (with the velocity
 * that place moves at) or a velocity to move at, and either a point to look at or a turn rate
 * and pitch; the lens; the least height over the ground. Moves bound to a subject
 * ({@link CameraTarget}) follow it; without one they fall back to the free moves of
 * {@link CameraMoveTargets}.
 *
 * @param place     where the eye wants to be, or null for a free move
 * @param velocity  the velocity of {@code place} (or the velocity wanted by a free move), m/s
 * @param aim       the point to keep in the middle of the frame, or null
 * @param aimSpeed  the velocity of {@code aim}, m/s (fed forward so the aim keeps up)
 * @param yawRate   turn rate wanted when there is no aim point, degrees/s
 * @param pitchDeg  pitch wanted when there is no aim point
 * @param fovDeg    vertical field of view of the lens wanted
 * @param heightAgl eye height over the floor (least height when following a place), metres
 * @param handling  how the rig eases towards this goal (a steadicam floats, a whip pan snaps)
 */
record CameraGoal(Vec3 place, Vec3 velocity, Vec3 aim, Vec3 aimSpeed, double yawRate,
        double pitchDeg, double fovDeg, double heightAgl, Handling handling) {

    /**
     * How the rig eases: the time constant of following a place, of the lens, the gain
     * and cap of the aim's turn rate, and the cap of the lens's angular rate (degrees of
     * field of view per second: a zoom is smooth, a crash zoom snaps).
     */
    record Handling(double followSeconds, double fovSeconds, double aimGain,
            double maxAimRate, double maxFovRate) {
        /** A smooth zoom's cap, under the continuity rule's tightest (40°/s). */
        static final double SMOOTH_FOV_RATE = 36;
        static final Handling NORMAL = new Handling(0.25, 0, 2.0, 60, SMOOTH_FOV_RATE);

        static Handling of(Shot shot) {
            double follow = switch (shot.support() == null ? "" : shot.support()) {
                case "steadicam" -> 0.6;
                case "handheld" -> 0.2;
                default -> 0.25;
            };
            return switch (shot.moveId()) {
                case "whip-pan" -> shot.elapsed() < 0.7
                        ? new Handling(follow, 0, 14, 600, SMOOTH_FOV_RATE)
                        : new Handling(follow, 0, 2.0, 60, SMOOTH_FOV_RATE);
                case "crash-zoom" -> new Handling(follow, 0.04, 2.0, 60, SMOOTH_FOV_RATE * 10);
                default -> new Handling(follow, 0, 2.0, 60, SMOOTH_FOV_RATE);
            };
        }
    }
    /** Ground distance at which a free crane or orbit keeps its centre of interest, metres. */
    private static final double INTEREST = 30;
    /** How far ahead a framed shot looks to feed its own move forward, seconds. */
    private static final double LOOK_AHEAD = 0.05;
    /** How much longer a lens grows to make up for an eye held up over its place. */
    private static final double MOST_ZOOM = 5;
    /** Share of the frame's height a flock spans at the end of a tilt up to it. */
    private static final double TILT_SPAN = 0.3;

    /** This goal with the eye wanted at {@code p} instead (a place kept clear of solids). */
    CameraGoal placedAt(Vec3 p) {
        return p.equals(place) ? this : new CameraGoal(p, velocity, aim, aimSpeed, yawRate,
                pitchDeg, fovDeg, heightAgl, handling);
    }

    /**
     * This goal with its place over the floor the rig keeps the eye above (the ground, or
     * the water and its margin) and its lens longer by as much as that took the eye from its
     * aim, at most {@link #MOST_ZOOM} times: a close-up of a fish, framed from the air over
     * the river, still fills the frame instead of showing the river round it.
     */
    private CameraGoal heldUp(Terrain terrain) {
        double least = CameraRig.floor(terrain, place.x(), place.z()) + heightAgl;
        if (place.y() >= least) return this;
        Vec3 p = new Vec3(place.x(), least, place.z());
        double before = place.minus(aim).length(), after = p.minus(aim).length();
        double half = StrictMath.tan(StrictMath.toRadians(fovDeg / 2)) * before / after;
        double fov = StrictMath.max(fovDeg / MOST_ZOOM,
                StrictMath.toDegrees(2 * StrictMath.atan(half)));
        return new CameraGoal(p, velocity, aim, aimSpeed, yawRate, pitchDeg, fov, heightAgl,
                handling);
    }

    /** True when the rig roams freely (then it steers back from the terrain's edge). */
    boolean free() {
        return place == null;
    }

    static CameraGoal of(Shot shot, CameraRig rig, CameraTarget target, Terrain terrain) {
        CameraGoal g = bare(shot, rig, target, terrain);
        if (g.place != null && g.aim != null && target.present()
                && shot.move() != CameraMove.POV) {
            g = g.heldUp(terrain);
        }
        return new CameraGoal(g.place, g.velocity, g.aim, g.aimSpeed, g.yawRate, g.pitchDeg,
                g.fovDeg, g.heightAgl, Handling.of(shot));
    }

    private static CameraGoal bare(Shot shot, CameraRig rig, CameraTarget target,
            Terrain terrain) {
        CameraMove move = shot.move();
        CameraMoveTargets t = CameraMoveTargets.of(move);
        if (target.present()) {
            switch (move) {
                case TRACK: return track(t, rig, target, Framing.of(shot, target));
                case POV: return pov(t, target);
                case ORBIT: return orbit(t, rig, target, Framing.of(shot, target));
                case TILT: break;
                default:
                    if (shot.framesSubject()) return framed(rig, shot, target);
                    break;
            }
            switch (move) {
                case CRANE: return aimed(t, rig, target.centre(), target.velocity(), 0);
                case ZOOM: return aimed(t, rig, target.centre(), target.velocity(), 0);
                case TILT: return aimed(t.withFocal(tiltFocal(t, rig, target)), rig,
                        above(rig, target.centre(), 10),
                        target.velocity(), 0);
                default: break;
            }
        }
        return switch (move) {
            case CRANE -> aimed(t, rig, interest(rig, terrain, INTEREST), Vec3.ZERO, t.speed());
            case PAN -> "whip-pan".equals(shot.moveId()) && shot.elapsed() < 0.5
                    ? free(t.withYawRate(320), rig, t.pitchDeg()) : free(t, rig, t.pitchDeg());
            case DOLLY -> "dolly-out".equals(shot.moveId())
                    ? free(t.withSpeed(-t.speed()), rig, t.pitchDeg()) : free(t, rig, t.pitchDeg());
            case ZOOM -> free(t.withFocal(zoomFocal(shot, t.focalMm())), rig, t.pitchDeg());
            case ORBIT -> {
                // Circle a point INTEREST ahead: the turn rate and speed fix the radius.
                double radius = t.speed() / StrictMath.toRadians(t.yawRate());
                double pitch = -StrictMath.toDegrees(StrictMath.atan2(t.heightAgl(), radius));
                yield free(t, rig, pitch);
            }
            default -> free(t, rig, t.pitchDeg());
        };
    }

    private static CameraGoal free(CameraMoveTargets t, CameraRig rig, double pitch) {
        Vec3 v = Wander.heading(rig.yawDeg()).times(t.speed());
        return new CameraGoal(null, v, null, Vec3.ZERO, t.yawRate(), pitch, t.fovDeg(),
                t.heightAgl(), Handling.NORMAL);
    }

    /** A free move at the move's speed that keeps {@code aim} in the middle of the frame. */
    private static CameraGoal aimed(CameraMoveTargets t, CameraRig rig, Vec3 aim, Vec3 aimSpeed,
                                    double speed) {
        Vec3 v = Wander.heading(rig.yawDeg()).times(speed);
        return new CameraGoal(null, v, aim, aimSpeed, 0, t.pitchDeg(), t.fovDeg(),
                t.heightAgl(), Handling.NORMAL);
    }

    /**
     * Alongside and a little behind the group, at the distance and elevation its shot asks
     * for; when the group stands, wherever round it the camera already is.
     */
    private static CameraGoal track(CameraMoveTargets t, CameraRig rig, CameraTarget target,
            Framing fr) {
        Vec3 c = target.centre();
        Vec3 from = flat(rig.position().minus(c));
        Vec3 f = Wander.heading(target.headingDeg());
        Vec3 right = new Vec3(-f.z(), 0, f.x());
        double side = from.dot(right) < 0 ? -1 : 1;
        // 35° behind the side the camera is on.
        Vec3 beside = right.times(side * 0.82).minus(f.times(0.57));
        double moving = StrictMath.max(0, StrictMath.min(1, (target.groundSpeed() - 0.2) / 0.6));
        Vec3 dir = flat(Vec3.lerp(from, beside, moving));
        return around(target, dir, fr, target.velocity(), t.pitchDeg(), 1.2);
    }

    /**
     * The shot's framing of a standing or moving subject, from the side the camera is on:
     * the rig keeps that bearing and comes to the shot's distance and elevation.
     */
    private static CameraGoal framed(CameraRig rig, Shot shot, CameraTarget target) {
        Vec3 from = flat(rig.position().minus(target.centre()));
        if (target.apart()) {
            // Across the line between the groups, on the side the camera is on: seen along
            // it, the near group hides the far one.
            Vec3 along = Wander.heading(target.headingDeg());
            Vec3 across = new Vec3(-along.z(), 0, along.x());
            from = from.dot(across) < 0 ? across.times(-1) : across;
        }
        double least = Framing.elevationOf(shot.angle(), shot.support()) < 0 ? 0.35 : 0.8;
        CameraGoal now = around(target, from, Framing.of(shot, target), target.velocity(), 0,
                least);
        // A dolly or crane moves the place itself: its velocity is fed forward.
        CameraGoal soon = around(target, from, Framing.of(shot.later(LOOK_AHEAD), target),
                target.velocity(), 0, least);
        Vec3 drift = soon.place.minus(now.place).times(1 / LOOK_AHEAD);
        return new CameraGoal(now.place, now.velocity.plus(drift), now.aim, now.aimSpeed, 0,
                now.pitchDeg, now.fovDeg, least, Handling.NORMAL);
    }

    /** At the framing's distance and elevation from the target along {@code dir}. */
    private static CameraGoal around(CameraTarget target, Vec3 dir, Framing fr, Vec3 velocity,
            double pitch, double least) {
        Vec3 c = target.centre();
        double el = StrictMath.toRadians(fr.elevationDeg());
        double d = fr.distance();
        Vec3 place = c.plus(dir.times(d * StrictMath.cos(el)))
                .plus(new Vec3(0, d * StrictMath.sin(el), 0));
        Vec3 aim = c.plus(new Vec3(0, fr.aimLift() * target.height(), 0));
        return new CameraGoal(place, velocity, aim, target.velocity(), 0, pitch, fr.fovDeg(),
                least, Handling.NORMAL);
    }

    /** At the subject's eye, looking where it heads; a flyer looks down into its dive. */
    private static CameraGoal pov(CameraMoveTargets t, CameraTarget target) {
        Vec3 eye = target.centre();
        Vec3 v = target.velocity();
        double path = StrictMath.toDegrees(StrictMath.atan2(v.y(),
                StrictMath.max(0.5, target.groundSpeed())));
        double look = target.flying() ? path - 22 : -6;
        Vec3 ahead = Wander.heading(target.headingDeg()).times(10)
                .plus(new Vec3(0, 10 * StrictMath.tan(StrictMath.toRadians(look)), 0));
        return new CameraGoal(eye, v, eye.plus(ahead), v, 0, look, t.fovDeg(), 0.9,
                Handling.NORMAL);
    }

    /** Round the group at its shot's distance, keeping it centred. */
    private static CameraGoal orbit(CameraMoveTargets t, CameraRig rig, CameraTarget target,
            Framing fr) {
        Vec3 c = target.centre();
        double r = fr.distance() * StrictMath.cos(StrictMath.toRadians(fr.elevationDeg()));
        double up = fr.distance() * StrictMath.sin(StrictMath.toRadians(fr.elevationDeg()));
        Vec3 from = flat(rig.position().minus(c));
        double bearing = Wander.headingOf(from.x(), from.z());
        double omega = StrictMath.min(t.speed() / r, StrictMath.toRadians(t.yawRate()));
        // Half a second ahead along the circle, moving with it.
        double ahead = bearing + StrictMath.toDegrees(omega * 0.5);
        Vec3 place = c.plus(Wander.heading(ahead).times(r)).plus(new Vec3(0, up, 0));
        double a = StrictMath.toRadians(ahead);
        Vec3 tangent = new Vec3(StrictMath.cos(a), 0, StrictMath.sin(a)).times(omega * r);
        return new CameraGoal(place, target.velocity().plus(tangent), c, target.velocity(), 0,
                t.pitchDeg(), fr.fovDeg(), 2, Handling.NORMAL);
    }

    /**
     * The lens a tilt up to a far flyer eases to: long enough that the flock spans
     * {@link #TILT_SPAN} of the frame's height and one bird {@link Framing#MIN_FLYER} of it,
     * never wider than the move's own lens nor
     * longer than four times it.
     */
    private static double tiltFocal(CameraMoveTargets t, CameraRig rig, CameraTarget target) {
        double dist = target.centre().minus(rig.position()).length();
        double extent = StrictMath.max(2 * target.radius(), target.height());
        double fov = StrictMath.toDegrees(2 * StrictMath.atan(extent / (2 * TILT_SPAN * dist)));
        // …and each bird of a wide flock no speck.
        fov = StrictMath.min(fov, StrictMath.toDegrees(2 * StrictMath.atan(
                target.body() / (2 * Framing.minBody(target) * dist))));
        double focal = CameraMoveTargets.SENSOR.focalForVerticalFov(fov);
        return StrictMath.max(t.focalMm(), StrictMath.min(4 * t.focalMm(), focal));
    }

    /** The focal length a free zoom eases to: longer for a zoom-in, wider for a zoom-out. */
    private static double zoomFocal(Shot shot, double usual) {
        return switch (shot.moveId()) {
            case "zoom-out" -> 10;
            case "crash-zoom" -> 60;
            default -> usual;
        };
    }

    /** {@code p} raised so it is seen at least {@code deg} above the horizon from the rig. */
    private static Vec3 above(CameraRig rig, Vec3 p, double deg) {
        Vec3 eye = rig.position();
        double d = StrictMath.hypot(p.x() - eye.x(), p.z() - eye.z());
        double least = eye.y() + d * StrictMath.tan(StrictMath.toRadians(deg));
        return new Vec3(p.x(), StrictMath.max(p.y(), least), p.z());
    }

    /** The ground {@code d} metres ahead of the rig: a free move's centre of interest. */
    private static Vec3 interest(CameraRig rig, Terrain terrain, double d) {
        Vec3 p = rig.position().plus(Wander.heading(rig.yawDeg()).times(d));
        double floor = StrictMath.max(terrain.heightAt(p.x(), p.z()), terrain.waterLevel());
        return new Vec3(p.x(), floor, p.z());
    }

    /** The horizontal part of {@code v}, unit length (north when it has none). */
    private static Vec3 flat(Vec3 v) {
        double len = StrictMath.hypot(v.x(), v.z());
        return len < 1e-9 ? new Vec3(0, 0, -1) : new Vec3(v.x() / len, 0, v.z() / len);
    }
}
