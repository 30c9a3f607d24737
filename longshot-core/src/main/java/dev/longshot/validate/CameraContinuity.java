package dev.longshot.validate;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import java.util.ArrayList;
import java.util.List;

/**
 * Rigid-body continuity of the camera: outside cuts it may not teleport (speed limit), its
 * velocity may not jump (acceleration limit), and its heading and lens may not snap.
 * Tolerances scale with {@code strictness}: 1 is tightest, 0 loosest. A whip pan or crash zoom
 * may turn or zoom {@link #ABRUPT_FACTOR} times faster.
 */
public final class CameraContinuity implements Validator {
    public static final String RULE = "camera-continuity";

    /** How much faster a whip pan may turn, or a crash zoom zoom, than a smooth move. */
    static final double ABRUPT_FACTOR = 12;

    private final double maxSpeed;
    private final double maxAcceleration;
    private final double maxTurnRate;
    private final double maxFovRate;
    private Vec3 lastVelocity;

    /** @param strictness in [0, 1]; 0.7 is the default */
    public CameraContinuity(double strictness) {
        double slack = Strictness.slack(strictness);
        this.maxSpeed = 60 * slack; // m/s: a fast drone
        this.maxAcceleration = 25 * slack; // m/s²
        this.maxTurnRate = 120 * slack; // degrees/s
        this.maxFovRate = 40 * slack; // degrees/s
    }

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public Schedule schedule() {
        return Schedule.FRAME;
    }

    @Override
    public List<Violation> check(Observation previous, Observation current) {
        List<Violation> found = new ArrayList<>();
        if (previous == null || current.spec().askedChange()) {
            lastVelocity = null;
            return found;
        }
        FrameSpec now = current.spec();
        double dt = now.time().seconds() - previous.spec().time().seconds();
        Camera a = previous.spec().camera();
        Camera b = now.camera();
        Vec3 velocity = b.position().minus(a.position()).times(1 / dt);
        limit(found, now, "speed", velocity.length(), maxSpeed);
        // A line that asks for another camera (angle, size, move) is a new shot: the body may
        // change its motion there, as a cut would let it; speed is still held.
        boolean newShot = !now.plan().keys().camera().equals(
                previous.spec().plan().keys().camera());
        if (lastVelocity != null && !newShot) {
            double accel = velocity.minus(lastVelocity).length() / dt;
            limit(found, now, "acceleration", accel, maxAcceleration);
        }
        // A whip pan turns and a crash zoom zooms as fast as the shot asks: only the
        // body of the camera is held to the limits then.
        double abrupt = current.abruptShot() ? ABRUPT_FACTOR : 1;
        double turn = StrictMath.abs(((b.yawDeg() - a.yawDeg()) % 360 + 540) % 360 - 180) / dt;
        limit(found, now, "turn rate", turn, maxTurnRate * abrupt);
        limit(found, now, "pitch rate",
                StrictMath.abs(b.pitchDeg() - a.pitchDeg()) / dt, maxTurnRate * abrupt);
        limit(found, now, "zoom rate",
                StrictMath.abs(b.verticalFovDeg() - a.verticalFovDeg()) / dt,
                maxFovRate * abrupt);
        lastVelocity = velocity;
        return found;
    }

    private static void limit(List<Violation> found, FrameSpec at, String what, double value,
            double tolerance) {
        if (!(value <= tolerance)) {
            found.add(new Violation(RULE, at.time(), "camera", what, value, tolerance));
        }
    }

    @Override
    public Object checkpoint() {
        return lastVelocity;
    }

    @Override
    public void restore(Object state) {
        lastVelocity = (Vec3) state;
    }
}
