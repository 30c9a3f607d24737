package dev.longshot.world.camera;

import dev.longshot.plan.CameraMove;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;
import dev.longshot.world.creature.ObstacleField;
import dev.longshot.world.scenery.Traffic;

/**
 * The camera as a physical rig: each frame its move ({@link CameraGoal}) asks for a place or
 * a velocity and a point to look at or a turn; the rig eases its velocity there with a capped
 * acceleration and its turn and pitch rates with capped rates, so neither position nor aim
 * ever jumps except at a cut. It keeps clear of the ground ahead and, roaming freely, steers
 * back before it reaches the terrain's edge. Immutable: each step returns a new rig.
 *
 * @param position  where the eye is
 * @param velocity  m/s
 * @param yawDeg    heading
 * @param yawRate   turn rate, degrees/s
 * @param pitchDeg  pitch
 * @param pitchRate degrees/s
 * @param fovDeg    vertical field of view of the lens; eased in degrees so a zoom's angular
 *                  rate stays bounded, the lens is {@link #focalLengthMm()}
 */
public record CameraRig(Vec3 position, Vec3 velocity, double yawDeg, double yawRate,
        double pitchDeg, double pitchRate, double fovDeg) {

    /** Time constant of a free move's easing, seconds: about how long a move takes to settle. */
    private static final double EASE_SECONDS = 0.9;
    /** Gain from distance to approach speed, 1/s (critically damped with the usual 0.25 s
     * following time constant). */
    private static final double FOLLOW_GAIN = 1.0;
    /** Time constant of the aim (turn and pitch rates). */
    private static final double AIM_SECONDS = 0.25;
    private static final double MAX_AIM_RATE = 60;
    /** How far from its subject a whip pan starts, degrees. */
    private static final double WHIP_DEG = 150;
    /** The rig keeps at least this much air between the eye and the ground. */
    private static final double CLEARANCE = 0.8;
    /** Over water the eye keeps this much more air: at 0.8 m a frame is all ripples. */
    static final double WATER_MARGIN = 2.5;
    private static final double MAX_CLIMB = 9;
    private static final double MAX_ACCEL = 10;
    private static final double MAX_SPEED = 30;
    /** Steps round a target in which a cut looks for a clear view, degrees. */
    private static final int BEARING_STEP = 20;
    /** Air a following eye keeps round a solid's side, metres. */
    private static final double EYE_ROOM = 0.8;
    /** How far ahead a following eye sees a vehicle coming at it, seconds: time to rise. */
    private static final double TRAFFIC_AHEAD = 2.5;
    /** How far a free cut may move the eye to leave a walled spot, metres. */
    private static final double[] MOVES = {40, 80, 160};

    /** A rig standing still at the terrain's spawn point, looking north. */
    public static CameraRig spawn(Terrain terrain) {
        Vec3 ground = terrain.spawnPoint();
        CameraMoveTargets t = CameraMoveTargets.of(CameraMove.STATIC);
        // Over water the eye keeps its height above the surface, and never starts below the
        // least height step() holds it to: from under it, the first frames would shoot up
        // (a new scene's eye spawned over a village pond climbed 1.5 m in one frame).
        double floor = StrictMath.max(ground.y(), terrain.waterLevel()) + terrain.airGap();
        double y = StrictMath.max(floor + t.heightAgl(),
                floor(terrain, ground.x(), ground.z()) + CLEARANCE);
        return new CameraRig(new Vec3(ground.x(), y, ground.z()),
                Vec3.ZERO, 0, 0, t.pitchDeg() + terrain.viewTilt(), 0, t.fovDeg());
    }

    /** The rig {@code dt} seconds later under {@code move}, bound to nothing. */
    public CameraRig step(CameraMove move, Terrain terrain, double dt) {
        return step(move, terrain, CameraTarget.NONE, dt);
    }

    /** The rig {@code dt} seconds later under {@code move}, framing {@code target}. */
    public CameraRig step(CameraMove move, Terrain terrain, CameraTarget target, double dt) {
        return step(Shot.of(move), terrain, target, dt);
    }

    /** The rig {@code dt} seconds later taking {@code shot}, framing {@code target}. */
    public CameraRig step(Shot shot, Terrain terrain, CameraTarget target, double dt) {
        return step(shot, terrain, target, null, dt);
    }

    /**
     * As {@link #step(Shot, Terrain, CameraTarget, double)}, keeping clear of
     * {@code solids} (null: of none) between cuts as well: a following eye stays out of
     * them and rises until it sees its aim over the ground and the rocks and buildings in
     * between ({@link SightLift}).
     */
    public CameraRig step(Shot shot, Terrain terrain, CameraTarget target,
            ObstacleField solids, double dt) {
        return step(shot, terrain, target, solids, Traffic.Moment.NONE, dt);
    }

    /**
     * As {@link #step(Shot, Terrain, CameraTarget, ObstacleField, double)}, keeping clear of
     * the vehicles of {@code traffic} too: a following eye that a bus or a train would pass
     * through (it is in its way, or will be within {@link #TRAFFIC_AHEAD} seconds) rises over
     * its roof, as it goes over a rock. The vehicle its subject rides is left out.
     */
    public CameraRig step(Shot shot, Terrain terrain, CameraTarget target,
            ObstacleField solids, Traffic.Moment traffic, double dt) {
        CameraGoal goal = CameraGoal.of(shot, this, target, terrain);
        if (solids != null && !goal.free() && goal.aim() != null
                && shot.move() != CameraMove.POV) {
            goal = goal.placedAt(clearOf(goal.place(), goal.aim(), target, terrain, solids));
        }
        CameraGoal.Handling handling = goal.handling();
        double ease = goal.free() ? EASE_SECONDS : handling.followSeconds();
        double roof = goal.free() || shot.move() == CameraMove.POV ? Double.NEGATIVE_INFINITY
                : traffic.roofMet(position, velocity, TRAFFIC_AHEAD,
                        target.present() ? target.centre() : null);
        Vec3 want = goal.free() ? roaming(goal, terrain)
                : following(goal, terrain, solids, roof);
        Vec3 accel = capped(want.minus(velocity).times(1 / ease), MAX_ACCEL);
        Vec3 v = velocity.plus(accel.times(dt));
        Vec3 p = position.plus(v.times(dt));
        // A low angle asks to come closer to the ground than a roaming rig would.
        double clearance = goal.free() ? CLEARANCE : StrictMath.min(CLEARANCE, goal.heightAgl());
        double least = floor(terrain, p.x(), p.z()) + clearance;
        if (!goal.free()) least = StrictMath.max(least, topUnder(solids, p) + clearance);
        if (!goal.free() && shot.move() != CameraMove.POV) {
            // A vehicle that came at the eye faster than it could rise (a train across its
            // way): on its roof, never inside it.
            least = StrictMath.max(least, traffic.roofOver(p,
                    target.present() ? target.centre() : null));
        }
        if (p.y() < least) {
            // Held up by the ground: the velocity is what the eye really did, up to a climb
            // (lifted onto a roof at once, it must not fly on upwards at that rate).
            v = new Vec3(v.x(), StrictMath.min(StrictMath.max(v.y(), 0) + MAX_CLIMB,
                    (least - position.y()) / dt), v.z());
            p = new Vec3(p.x(), least, p.z());
        }
        double fovEase = handling.fovSeconds() > 0 ? handling.fovSeconds() : ease;
        double k = 1 - StrictMath.exp(-dt / fovEase);
        double fovStep = handling.maxFovRate() * dt;
        double newFov = fovDeg + StrictMath.max(-fovStep,
                StrictMath.min(fovStep, (goal.fovDeg() - fovDeg) * k));

        double wantYawRate;
        double wantPitchRate;
        if (goal.aim() == null) {
            wantYawRate = goal.yawRate() + steerHome(terrain);
            wantPitchRate = rate(goal.pitchDeg() + terrain.viewTilt() - pitchDeg, 0);
        } else {
            Vec3 r = goal.aim().minus(position);
            Vec3 rel = goal.aimSpeed().minus(velocity);
            double flat2 = r.x() * r.x() + r.z() * r.z();
            // How fast the aim point sweeps round the eye: fed forward so the aim keeps up.
            double sweep = flat2 < 1e-6 ? 0
                    : StrictMath.toDegrees((-r.z() * rel.x() + r.x() * rel.z()) / flat2);
            wantYawRate = rate(Wander.turn(yawDeg, Wander.headingOf(r.x(), r.z())), sweep,
                    handling);
            double flat = StrictMath.sqrt(flat2);
            double pitch = StrictMath.toDegrees(StrictMath.atan2(r.y(), flat));
            // How fast the aim rises or sinks as seen from the eye (a crane), fed forward.
            double flatRate = flat < 1e-3 ? 0 : (r.x() * rel.x() + r.z() * rel.z()) / flat;
            double lift = flat2 + r.y() * r.y() < 1e-6 ? 0 : StrictMath.toDegrees(
                    (flat * rel.y() - r.y() * flatRate) / (flat2 + r.y() * r.y()));
            wantPitchRate = rate(pitch - pitchDeg, lift, handling);
        }
        double aimSeconds = handling.maxAimRate() > MAX_AIM_RATE ? dt : AIM_SECONDS;
        double ka = 1 - StrictMath.exp(-dt / (goal.aim() == null ? ease : aimSeconds));
        double newYawRate = yawRate + (wantYawRate - yawRate) * ka;
        double newPitchRate = pitchRate + (wantPitchRate - pitchRate) * ka;
        double newPitch = StrictMath.max(-85, StrictMath.min(85, pitchDeg + newPitchRate * dt));
        return new CameraRig(p, v, yawDeg + newYawRate * dt, newYawRate, newPitch, newPitchRate,
                newFov);
    }

    /**
     * The rig put straight where a subject-bound move wants the eye, looking where it wants
     * to look: an editorial cut (a point-of-view shot starts on the subject's eye, it does not
     * fly there). This rig itself when the move wants no place.
     */
    public CameraRig cutTo(CameraMove move, Terrain terrain, CameraTarget target) {
        return cutTo(Shot.of(move), terrain, target);
    }

    /**
     * The rig put straight where {@code shot} wants the eye, as an editor cuts to a new shot;
     * this rig itself when the shot wants no place. A whip pan starts looking well away from
     * its subject, so that it has somewhere to whip from.
     */
    public CameraRig cutTo(Shot shot, Terrain terrain, CameraTarget target) {
        CameraGoal goal = CameraGoal.of(shot, this, target, terrain);
        if (goal.free()) return this;
        Vec3 p = goal.place();
        double least = floor(terrain, p.x(), p.z())
                + StrictMath.min(CLEARANCE, goal.heightAgl());
        if (p.y() < least) p = new Vec3(p.x(), least, p.z());
        double yaw = yawDeg;
        double pitch = goal.pitchDeg();
        if (goal.aim() != null) {
            Vec3 r = goal.aim().minus(p);
            yaw = Wander.headingOf(r.x(), r.z());
            pitch = StrictMath.toDegrees(StrictMath.atan2(r.y(),
                    StrictMath.sqrt(r.x() * r.x() + r.z() * r.z())));
        }
        if ("whip-pan".equals(shot.moveId())) yaw -= WHIP_DEG;
        pitch = StrictMath.max(-85, StrictMath.min(85, pitch));
        return new CameraRig(p, goal.velocity(), yaw, 0, pitch, 0, goal.fovDeg());
    }

    /**
     * As {@link #cutTo(Shot, Terrain, CameraTarget)}, from a side of the target the eye sees
     * it from: the side the rig is on when that view is clear of {@code solids} and the ground,
     * else the nearest bearing round the target that is (in steps of {@link #BEARING_STEP}
     * degrees, alternately left and right); the rig's own side when none is.
     */
    public CameraRig cutTo(Shot shot, Terrain terrain, CameraTarget target,
            ObstacleField solids) {
        if (!target.present()) return cutTo(shot, terrain, target);
        Vec3 c = target.centre();
        double from = bearingFrom(c);
        CameraRig outside = null;
        for (int k = 0; k < TURNS.length; k++) {
            CameraRig probe = k == 0 ? this : seenFrom(c, from + TURNS[k]);
            CameraRig at = probe.cutTo(shot, terrain, target);
            if (at == probe) return this;
            if (ClearView.clear(at.position, target, terrain, solids)) return at;
            if (outside == null && !ClearView.insideSolid(at.position, solids)) outside = at;
        }
        // No clear view: at least not from inside a building (a wall filled the frame, and
        // the eye, held over the castle's top, shot up into the sky).
        return outside != null ? outside : cutTo(shot, terrain, target);
    }

    /**
     * This rig moved round {@code target} to the side a close shot of a creature frames its
     * lit face from ({@link FaceBearing}), where a cut's search for a clear view then starts;
     * this rig itself for a wider shot.
     */
    public CameraRig facingTheFace(Shot shot, CameraTarget target, Vec3 toSun) {
        if (!Framing.closer(shot.size()) || !target.present()) return this;
        return seenFrom(target.centre(), FaceBearing.of(target, toSun, position));
    }

    /**
     * This rig moved to 10 m from {@code c} on {@code bearingDeg} (seen from {@code c}): a
     * probe from which a cut to a shot of what stands at {@code c} keeps that side.
     */
    private CameraRig seenFrom(Vec3 c, double bearingDeg) {
        return new CameraRig(c.plus(Wander.heading(bearingDeg).times(10)), velocity, yawDeg,
                yawRate, pitchDeg, pitchRate, fovDeg);
    }

    /**
     * As {@link #cutTo(Shot, Terrain, CameraTarget, ObstacleField)}, from the side of
     * {@code target} whose clear view shows the most of the water ({@link WaterSight}), in
     * steps of {@link #BEARING_STEP} degrees (the nearest of equal ones); as that cut when no
     * clear view shows any.
     */
    public CameraRig cutToShowTheWater(Shot shot, Terrain terrain, CameraTarget target,
            ObstacleField solids) {
        if (!target.present()) return cutTo(shot, terrain, target);
        Vec3 c = target.centre();
        double from = bearingFrom(c);
        CameraRig best = null;
        double most = 0;
        for (double turn : TURNS) {
            CameraRig probe = seenFrom(c, from + turn);
            CameraRig at = probe.cutTo(shot, terrain, target);
            if (at == probe || !ClearView.clear(at.position, target, terrain, solids)) continue;
            double water = WaterSight.share(at.camera(), terrain);
            if (water > most) {
                most = water;
                best = at;
            }
        }
        return best != null ? best : cutTo(shot, terrain, target, solids);
    }

    /**
     * Whether a wall of ground, rock or building fills most of this rig's frame from near by
     * ({@link OpenView}): a hillside a few metres ahead, not the meadow at its feet.
     */
    public boolean facesAWall(Terrain terrain, ObstacleField solids) {
        return OpenView.walled(position, yawDeg, pitchDeg, fovDeg, terrain, solids)
                >= OpenView.WALLED;
    }

    /**
     * A free shot's rig at a cut, turned to the most open bearing (in steps of
     * {@link #BEARING_STEP} degrees; the nearest of equally open ones) when the view it
     * settles to under {@code shot} — at the shot's height over the ground and its pitch,
     * where a free move takes the eye within a few seconds — is walled
     * ({@link #facesAWall}); this rig when that view is open or no bearing is more open.
     */
    public CameraRig turnedToAnOpenView(Shot shot, Terrain terrain, ObstacleField solids) {
        CameraGoal goal = CameraGoal.of(shot, this, CameraTarget.NONE, terrain);
        if (!goal.free() || goal.aim() != null) return this;
        Vec3 eye = new Vec3(position.x(), floor(terrain, position.x(), position.z())
                + terrain.airGap() + goal.heightAgl(), position.z());
        double pitch = goal.pitchDeg() + terrain.viewTilt();
        double least = OpenView.walled(eye, yawDeg, pitch, fovDeg, terrain, solids);
        if (least < OpenView.WALLED) return this;
        double best = 0;
        for (int k = 1; k < TURNS.length; k++) {
            double turn = TURNS[k];
            double w = OpenView.walled(eye, yawDeg + turn, pitch, fovDeg, terrain, solids);
            if (w < least) {
                least = w;
                best = turn;
            }
        }
        if (least >= OpenView.WALLED) {
            CameraRig away = movedToAnOpenView(shot, terrain, solids);
            if (away != null) return away;
        }
        if (best == 0) return this;
        return new CameraRig(position, Vec3.ZERO, yawDeg + best, 0, pitchDeg, 0, fovDeg);
    }

    /**
     * A free shot's rig at a cut, at the height over the ground its move flies at, pitched as
     * it flies: an aerial line starts high, as a drone shot does, rather than climbing from
     * the street for seconds. This rig when its eye is already over half that height, or the
     * shot frames something.
     */
    public CameraRig liftedToItsHeight(Shot shot, Terrain terrain) {
        CameraGoal goal = CameraGoal.of(shot, this, CameraTarget.NONE, terrain);
        if (!goal.free() || goal.aim() != null) return this;
        double ground = floor(terrain, position.x(), position.z()) + terrain.airGap();
        if (position.y() - ground >= 0.5 * goal.heightAgl()) return this;
        Vec3 eye = new Vec3(position.x(), ground + goal.heightAgl(), position.z());
        return new CameraRig(eye, Vec3.ZERO, yawDeg, 0, goal.pitchDeg() + terrain.viewTilt(), 0,
                fovDeg);
    }

    /**
     * Where every bearing from the eye is walled (the floor of a steep valley): the nearest
     * spot round it, {@link #MOVES} metres away in eight directions, from which a bearing is
     * open, turned to it; null when there is none.
     */
    private CameraRig movedToAnOpenView(Shot shot, Terrain terrain, ObstacleField solids) {
        double half = terrain.extent() * 0.4;
        for (double d : MOVES) {
            for (int k = 0; k < 8; k++) {
                Vec3 dir = Wander.heading(yawDeg + 180 + 45 * k);
                double x = position.x() + dir.x() * d, z = position.z() + dir.z() * d;
                if (StrictMath.abs(x) > half || StrictMath.abs(z) > half) continue;
                CameraRig there = new CameraRig(new Vec3(x, position.y(), z), Vec3.ZERO, yawDeg,
                        0, pitchDeg, 0, fovDeg);
                CameraGoal goal = CameraGoal.of(shot, there, CameraTarget.NONE, terrain);
                double y = floor(terrain, x, z) + terrain.airGap() + goal.heightAgl();
                double pitch = goal.pitchDeg() + terrain.viewTilt();
                Vec3 eye = new Vec3(x, y, z);
                for (int b = 0; b < 360; b += BEARING_STEP) {
                    if (OpenView.walled(eye, yawDeg + b, pitch, fovDeg, terrain, solids)
                            < OpenView.WALLED) {
                        return new CameraRig(eye, Vec3.ZERO, yawDeg + b, 0, pitch, 0, fovDeg);
                    }
                }
            }
        }
        return null;
    }

    /**
     * This rig at a cut, its eye lifted over the roof of a vehicle of {@code traffic} it
     * would stand in (not the one {@code target} rides); this rig when it stands in none.
     */
    public CameraRig outOf(Traffic.Moment traffic, CameraTarget target) {
        double roof = traffic.roofOver(position, target.present() ? target.centre() : null);
        if (roof <= position.y()) return this;
        Vec3 eye = new Vec3(position.x(), roof, position.z());
        double pitch = pitchDeg;
        if (target.present()) {
            // Still looking at the subject, now from over the roof.
            Vec3 r = target.centre().minus(eye);
            pitch = StrictMath.max(-85, StrictMath.toDegrees(StrictMath.atan2(r.y(),
                    StrictMath.hypot(r.x(), r.z()))));
        }
        return new CameraRig(eye, velocity, yawDeg, yawRate, pitch, 0, fovDeg);
    }

    /**
     * The {@code k}-th turn of a search that looks either side in growing steps: 0, +20,
     * −20, +40, −40 … degrees ({@link #BEARING_STEP}).
     */
    /**
     * The turns a search round a bearing tries, nearest first and alternately left and right,
     * in steps of {@link #BEARING_STEP} degrees: 0, 20, −20, 40 … 180, −180.
     */
    private static final double[] TURNS = turns();

    private static double[] turns() {
        double[] out = new double[360 / BEARING_STEP + 1];
        for (int k = 0; k < out.length; k++) {
            out[k] = ((k & 1) == 1 ? 1 : -1) * ((k + 1) / 2) * BEARING_STEP;
        }
        return out;
    }

    /** The bearing of this rig's eye seen from {@code c}, degrees. */
    private double bearingFrom(Vec3 c) {
        return Wander.headingOf(position.x() - c.x(), position.z() - c.z());
    }

    /** Whether this rig's eye sees {@code target} clear of {@code solids} and the ground. */
    public boolean sees(CameraTarget target, Terrain terrain, ObstacleField solids) {
        return !target.present() || ClearView.clear(position, target, terrain, solids);
    }

    /**
     * Whether {@code shot} is far enough from what this rig shows that a new line should cut
     * to it: the eye more than a quarter of the shot's distance from its place, another lens,
     * or the subject out of
     * the middle of the frame. A whip pan always cuts (it starts away from its subject).
     */
    public boolean offShot(Shot shot, Terrain terrain, CameraTarget target) {
        CameraGoal goal = CameraGoal.of(shot, this, target, terrain);
        if (goal.free() || goal.aim() == null) return false;
        if ("whip-pan".equals(shot.moveId())) return true;
        double want = goal.place().minus(goal.aim()).length();
        if (goal.place().minus(position).length() > 0.25 * want) return true;
        // Leaving a low or high angle is another shot: easing there would lurch the camera.
        if (StrictMath.abs(goal.place().y() - position.y()) > 2) return true;
        // Another lens is another shot (a zoom eases from the lens it starts on).
        if (StrictMath.abs(fovDeg - goal.fovDeg()) > 0.15 * goal.fovDeg()) return true;
        Vec3 to = goal.aim().minus(position);
        double off = StrictMath.toDegrees(StrictMath.acos(StrictMath.max(-1, StrictMath.min(1,
                to.dot(camera().forward()) / StrictMath.max(1e-9, to.length())))));
        return off > fovDeg * 0.4;
    }

    /**
     * {@code place} moved out of the trees it stands in (to the side of each: rocks and
     * buildings it goes over, {@link #topsAhead}) and raised until it sees {@code aim} over
     * the ground and the solids between.
     */
    static Vec3 clearOf(Vec3 place, Vec3 aim, CameraTarget target, Terrain terrain,
            ObstacleField solids) {
        Vec3 p = place;
        for (var o : solids.within(p.x(), p.z(), EYE_ROOM)) {
            if (!o.tree()) continue;
            Vec3 b = o.base();
            double r = StrictMath.max(o.radius(), 0.2 * o.height()) + EYE_ROOM;
            double dx = p.x() - b.x(), dz = p.z() - b.z();
            double dist = StrictMath.hypot(dx, dz);
            if (dist >= r || p.y() > b.y() + o.height() + EYE_ROOM) continue;
            if (StrictMath.hypot(b.x() - aim.x(), b.z() - aim.z()) <= target.radius()) continue;
            // Out along the line from the solid's axis (towards the aim when on it).
            double ux = dist > 1e-6 ? dx / dist : aim.x() - b.x();
            double uz = dist > 1e-6 ? dz / dist : aim.z() - b.z();
            double u = StrictMath.max(1e-9, StrictMath.hypot(ux, uz));
            p = new Vec3(b.x() + ux / u * r, p.y(), b.z() + uz / u * r);
        }
        double y = SightLift.least(p, aim, target.radius(), terrain, solids);
        return y > p.y() ? new Vec3(p.x(), y, p.z()) : p;
    }

    /** A turn rate that closes {@code error} degrees, plus {@code ahead}, capped. */
    private static double rate(double error, double ahead) {
        return rate(error, ahead, CameraGoal.Handling.NORMAL);
    }

    private static double rate(double error, double ahead, CameraGoal.Handling h) {
        return StrictMath.max(-h.maxAimRate(), StrictMath.min(h.maxAimRate(),
                error * h.aimGain() + ahead));
    }

    /** A free move's velocity: its own, climbing like a drone to its height over the ground. */
    private Vec3 roaming(CameraGoal goal, Terrain terrain) {
        double wantY = floorAhead(terrain, goal.velocity()) + terrain.airGap() + goal.heightAgl();
        double climb = StrictMath.max(-MAX_CLIMB, StrictMath.min(MAX_CLIMB,
                (wantY - position.y()) / (EASE_SECONDS * 2)));
        Vec3 v = goal.velocity();
        return new Vec3(v.x(), climb, v.z());
    }

    /**
     * The velocity that brings the eye to its place and keeps it there: the place's own
     * velocity plus an approach that slows as it arrives (no overshoot), never under the
     * least height over the ground ahead, the solids ahead and the roof of a vehicle coming
     * ({@code roof}, −∞ for none).
     */
    private Vec3 following(CameraGoal goal, Terrain terrain, ObstacleField solids,
            double roof) {
        double least = StrictMath.max(StrictMath.max(floorAhead(terrain, velocity),
                topsAhead(solids, velocity)), roof) + goal.heightAgl();
        Vec3 place = goal.place();
        if (place.y() < least) place = new Vec3(place.x(), least, place.z());
        Vec3 gap = place.minus(position);
        double d = gap.length();
        double approach = StrictMath.min(d * FOLLOW_GAIN,
                StrictMath.sqrt(2 * MAX_ACCEL * 0.5 * d));
        Vec3 v = d < 1e-9 ? goal.velocity() : goal.velocity().plus(gap.times(approach / d));
        return capped(v, MAX_SPEED);
    }

    /**
     * The highest top of a rock or building (not a tree) under the eye, with
     * {@link #EYE_ROOM} round it, and where {@code v} takes it within two seconds: a
     * following eye goes over a rock as over ground, climbing before it gets there.
     */
    private double topsAhead(ObstacleField solids, Vec3 v) {
        double top = Double.NEGATIVE_INFINITY;
        if (solids == null) return top;
        for (double s = 0; s <= 2; s += 0.5) {
            double x = position.x() + v.x() * s, z = position.z() + v.z() * s;
            for (var o : solids.within(x, z, EYE_ROOM)) {
                if (o.tree()) continue;
                double r = o.radius() + EYE_ROOM;
                double dx = x - o.base().x(), dz = z - o.base().z();
                if (dx * dx + dz * dz < r * r) {
                    top = StrictMath.max(top, o.base().y() + o.height() + EYE_ROOM);
                }
            }
        }
        return top;
    }

    /** The top of the rock or building (not a tree) {@code p} stands over, or -∞. */
    private static double topUnder(ObstacleField solids, Vec3 p) {
        double top = Double.NEGATIVE_INFINITY;
        if (solids == null) return top;
        for (var o : solids.within(p.x(), p.z(), 0)) {
            double dx = p.x() - o.base().x(), dz = p.z() - o.base().z();
            if (!o.tree() && dx * dx + dz * dz < o.radius() * o.radius()) {
                top = StrictMath.max(top, o.base().y() + o.height());
            }
        }
        return top;
    }

    /** The highest floor under the eye and where {@code v} takes it within a second. */
    private double floorAhead(Terrain terrain, Vec3 v) {
        double f = floor(terrain, position.x(), position.z());
        for (double s = 0.5; s <= 1; s += 0.5) {
            f = StrictMath.max(f, floor(terrain, position.x() + v.x() * s,
                    position.z() + v.z() * s));
        }
        return f;
    }

    /** Ground under (x, z); over water, the surface plus a margin so the eye never skims
     * the ripples (a harbour seen from inside the sea). */
    /** The lowest the eye may go at (x, z) before its clearance: ground, or water plus a margin. */
    static double floor(Terrain terrain, double x, double z) {
        return StrictMath.max(terrain.heightAt(x, z), terrain.waterLevel() + WATER_MARGIN);
    }

    private static Vec3 capped(Vec3 v, double max) {
        double len = v.length();
        return len > max ? v.times(max / len) : v;
    }

    /** Extra turn rate, degrees/s, that bends the path back towards the centre near the edge. */
    private double steerHome(Terrain terrain) {
        double limit = terrain.extent() * 0.3;
        double r = StrictMath.sqrt(position.x() * position.x() + position.z() * position.z());
        if (r < limit) return 0;
        double home = StrictMath.toDegrees(StrictMath.atan2(-position.x(), position.z()));
        double diff = ((home - yawDeg) % 360 + 540) % 360 - 180;
        return StrictMath.max(-20, StrictMath.min(20, diff * 0.5 * (r - limit) / 100));
    }

    /** This rig at a cut, pitched up to at least {@code deg} (unchanged when it already is). */
    public CameraRig pitchedUpTo(double deg) {
        if (pitchDeg >= deg) return this;
        return new CameraRig(position, velocity, yawDeg, yawRate, deg, 0, fovDeg);
    }

    /** Horizontal speed, m/s. */
    public double speed() {
        return StrictMath.hypot(velocity.x(), velocity.z());
    }

    /** The same rig turning {@code degPerSecond} faster (a re-sampled path bends away). */
    public CameraRig turningBy(double degPerSecond) {
        return new CameraRig(position, velocity, yawDeg, yawRate + degPerSecond, pitchDeg,
                pitchRate, fovDeg);
    }

    /** Focal length, mm, on the rig's sensor, of the lens at the current field of view. */
    public double focalLengthMm() {
        return CameraMoveTargets.SENSOR.focalForVerticalFov(fovDeg);
    }

    /**
     * The camera this rig settles to under {@code shot}: from where the shot wants the eye
     * (where it is, for a move without a place), looking at the shot's aim, through the
     * shot's lens — where a tilt up ends, not where it starts. A moon that rises in a tilt is
     * hung in this frame.
     */
    public Camera settled(Shot shot, Terrain terrain, CameraTarget target) {
        CameraGoal goal = CameraGoal.of(shot, this, target, terrain);
        Vec3 eye = goal.free() ? position : goal.place();
        double yaw = yawDeg;
        double pitch = goal.pitchDeg() + terrain.viewTilt();
        if (goal.aim() != null) {
            Vec3 r = goal.aim().minus(eye);
            yaw = Wander.headingOf(r.x(), r.z());
            pitch = StrictMath.toDegrees(StrictMath.atan2(r.y(), StrictMath.hypot(r.x(), r.z())));
        }
        pitch = StrictMath.max(-85, StrictMath.min(85, pitch));
        return new Camera(eye, yaw, pitch,
                CameraMoveTargets.SENSOR.focalForVerticalFov(goal.fovDeg()),
                CameraMoveTargets.SENSOR);
    }

    /** The camera this rig holds. */
    public Camera camera() {
        return new Camera(position, yawDeg, pitchDeg, focalLengthMm(), CameraMoveTargets.SENSOR);
    }
}
