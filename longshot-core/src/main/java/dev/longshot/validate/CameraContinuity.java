package dev.longshot.validate;

import dev.longshot.render.Frame;
import dev.longshot.world.Camera;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * Rigid-body continuity of the camera: outside cuts it may not teleport (speed limit), its
 * velocity may not jump (acceleration limit), and its heading and lens may not snap.
 * Tolerances scale with {@code strictness}: 1 is tightest, 0 loosest.
 */
public final class CameraContinuity implements Validator {
    public static final String RULE = "camera-continuity";

    private final double maxSpeed;
    private final double maxAcceleration;
    private final double maxTurnRate;
    private final double maxFovRate;
    private Vec3 lastVelocity;

    /** @param strictness in [0, 1]; 0.7 is the default */
    public CameraContinuity(double strictness) {
        if (!(strictness >= 0 && strictness <= 1)) {
            throw new IllegalArgumentException("strictness must be in [0, 1]: " + strictness);
        }
        double slack = 2 - strictness; // 1× … 2× the physical limits
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
    public List<Violation> check(FrameSpec previous, FrameSpec current, Frame frame) {
        List<Violation> found = new ArrayList<>();
        if (previous == null || current.cut()) {
            lastVelocity = null;
            return found;
        }
        double dt = current.time().seconds() - previous.time().seconds();
        Camera a = previous.camera();
        Camera b = current.camera();
        Vec3 velocity = b.position().minus(a.position()).times(1 / dt);
        limit(found, current, "camera speed", velocity.length(), maxSpeed);
        if (lastVelocity != null) {
            double accel = velocity.minus(lastVelocity).length() / dt;
            limit(found, current, "camera acceleration", accel, maxAcceleration);
        }
        double turn = StrictMath.abs(((b.yawDeg() - a.yawDeg()) % 360 + 540) % 360 - 180) / dt;
        limit(found, current, "camera turn rate", turn, maxTurnRate);
        limit(found, current, "camera pitch rate",
                StrictMath.abs(b.pitchDeg() - a.pitchDeg()) / dt, maxTurnRate);
        limit(found, current, "camera zoom rate",
                StrictMath.abs(b.verticalFovDeg() - a.verticalFovDeg()) / dt, maxFovRate);
        lastVelocity = velocity;
        return found;
    }

    private static void limit(List<Violation> found, FrameSpec at, String what, double value,
            double tolerance) {
        if (!(value <= tolerance)) found.add(new Violation(RULE, at.time(), what, value, tolerance));
    }
}
