package dev.longshot.world.camera;

import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;

/**
 * The camera of a gradual transition without a move of its own ("逐步过渡到火山口"): the
 * viewer glides towards the new place's landmark (or straight on, where it has none) while
 * the ground turns into it. Its limits are those of comfortable VR locomotion: a steady
 * speed reached and left slowly (horizontal acceleration ≤ {@link #ACCEL}), slow turns (≤
 * {@link #TURN_RATE}), a level horizon (no roll; pitch eased to level), and a stop short of
 * the landmark. The ground may rise under the viewer as it turns into the new place: the
 * glide climbs ahead of it, to a height over both the old and the new ground, with its own
 * vertical limits ({@link #CLIMB_ACCEL}, {@link #CLIMB}).
 */
public final class Glide {
    /** Cruising speed, m/s: a slow drone, steady enough for a headset. */
    public static final double SPEED = 8;
    /** Largest change of velocity, m/s² (vection sickness grows with acceleration). */
    public static final double ACCEL = 1.0;
    /** Largest turn rate, degrees/s, and how fast it may change, degrees/s². */
    public static final double TURN_RATE = 8;
    static final double TURN_ACCEL = 8;
    /** Largest pitch rate while levelling, degrees/s. */
    public static final double PITCH_RATE = 5;
    /** Largest climb or sink, m/s, and its largest change, m/s². */
    public static final double CLIMB = 6;
    public static final double CLIMB_ACCEL = 3;
    /** Height the glide holds above the ground, metres: high enough that it does not rush. */
    static final double HEIGHT = 6;
    /** Where the glide comes to rest before the landmark, metres (the crater's rim). */
    static final double STOP_SHORT = 150;
    private static final double CLEARANCE = 0.8;

    private Glide() {}

    /**
     * {@code rig} {@code dt} seconds later over {@code terrain}, gliding towards
     * {@code landmark} (null: straight on) while the ground becomes {@code destination}.
     */
    public static CameraRig step(CameraRig rig, Vec3 landmark, Terrain terrain,
            Terrain destination, double dt) {
        Vec3 p = rig.position();
        double heading = rig.yawDeg();
        double ahead = Double.POSITIVE_INFINITY;
        if (landmark != null) {
            double dx = landmark.x() - p.x();
            double dz = landmark.z() - p.z();
            heading = Wander.headingOf(dx, dz);
            ahead = StrictMath.hypot(dx, dz);
        }
        double turn = Wander.turn(rig.yawDeg(), heading);
        double wantRate = clamp(turn * 0.5, TURN_RATE);
        double yawRate = rig.yawRate() + clamp(wantRate - rig.yawRate(), TURN_ACCEL * dt);
        yawRate = clamp(yawRate, TURN_RATE);
        double yaw = rig.yawDeg() + yawRate * dt;

        // Slow to a stop at STOP_SHORT: the speed from which ACCEL still stops in time.
        double room = StrictMath.max(0, ahead - STOP_SHORT);
        double cruise = StrictMath.min(SPEED, StrictMath.sqrt(2 * ACCEL * 0.9 * room));
        double r = StrictMath.toRadians(yaw);
        double ground = StrictMath.max(CameraRig.floor(terrain, p.x(), p.z()),
                CameraRig.floor(destination, p.x(), p.z()));
        // The climb that still stops at the wanted height with CLIMB_ACCEL.
        double gap = ground + HEIGHT - p.y();
        double climb = clamp(StrictMath.signum(gap)
                * StrictMath.sqrt(2 * CLIMB_ACCEL * 0.9 * StrictMath.abs(gap)), CLIMB);
        Vec3 flat = new Vec3(rig.velocity().x(), 0, rig.velocity().z());
        Vec3 change = new Vec3(StrictMath.sin(r) * cruise, 0, -StrictMath.cos(r) * cruise)
                .minus(flat);
        double len = change.length();
        if (len > ACCEL * dt) change = change.times(ACCEL * dt / len);
        double vy = rig.velocity().y() + clamp(climb - rig.velocity().y(), CLIMB_ACCEL * dt);
        Vec3 v = new Vec3(flat.x() + change.x(), vy, flat.z() + change.z());
        Vec3 next = p.plus(v.times(dt));
        double least = CameraRig.floor(terrain, next.x(), next.z()) + CLEARANCE;
        if (next.y() < least) next = new Vec3(next.x(), least, next.z());

        double pitchRate = clamp(-rig.pitchDeg() * 0.5, PITCH_RATE);
        return new CameraRig(next, v, yaw, yawRate, rig.pitchDeg() + pitchRate * dt, pitchRate,
                rig.fovDeg());
    }

    private static double clamp(double v, double max) {
        return StrictMath.max(-max, StrictMath.min(max, v));
    }
}
