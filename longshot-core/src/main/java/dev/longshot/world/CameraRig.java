package dev.longshot.world;

import dev.longshot.plan.CameraMove;

/**
 * The camera as a physical rig: it eases its speed, turn rate, pitch, height and lens towards
 * what the current move asks, so velocity never jumps except at a cut, stays over the terrain
 * and steers back before it reaches the terrain's edge. Immutable: each step returns a new rig.
 *
 * @param position where the eye is
 * @param speed    forward speed, m/s
 * @param yawDeg   heading
 * @param yawRate  turn rate, degrees/s
 * @param pitchDeg pitch
 * @param fovDeg   vertical field of view of the lens; eased in degrees so a zoom's angular
 *                 rate stays bounded, the lens is {@link #focalLengthMm()}
 * @param climb    vertical speed, m/s
 */
public record CameraRig(Vec3 position, double speed, double yawDeg, double yawRate,
        double pitchDeg, double fovDeg, double climb) {

    /** Time constant of the easing, seconds: about how long a move takes to settle. */
    private static final double EASE_SECONDS = 0.9;
    /** The rig keeps at least this much air between the eye and the ground. */
    private static final double CLEARANCE = 0.8;
    private static final double MAX_CLIMB = 9;
    private static final double MAX_CLIMB_ACCEL = 6;

    /** A rig standing still at the terrain's spawn point, looking north. */
    public static CameraRig spawn(Terrain terrain) {
        Vec3 ground = terrain.spawnPoint();
        CameraMoveTargets t = CameraMoveTargets.of(CameraMove.STATIC);
        // Over water the eye keeps its height above the surface, as step() does.
        double floor = StrictMath.max(ground.y(), terrain.waterLevel()) + terrain.airGap();
        return new CameraRig(new Vec3(ground.x(), floor + t.heightAgl(), ground.z()),
                0, 0, 0, t.pitchDeg(), t.fovDeg(), 0);
    }

    /** The rig {@code dt} seconds later under {@code move}. */
    public CameraRig step(CameraMove move, Terrain terrain, double dt) {
        CameraMoveTargets want = CameraMoveTargets.of(move);
        double k = 1 - StrictMath.exp(-dt / EASE_SECONDS);
        double newSpeed = speed + (want.speed() - speed) * k;
        double steer = steerHome(terrain);
        double newYawRate = yawRate + (want.yawRate() + steer - yawRate) * k;
        double newYaw = yawDeg + newYawRate * dt;
        double newPitch = pitchDeg + (want.pitchDeg() - pitchDeg) * k;
        double newFov = fovDeg + (want.fovDeg() - fovDeg) * k;

        double yaw = StrictMath.toRadians(newYaw);
        double x = position.x() + StrictMath.sin(yaw) * newSpeed * dt;
        double z = position.z() - StrictMath.cos(yaw) * newSpeed * dt;
        double floor = StrictMath.max(terrain.heightAt(x, z), terrain.waterLevel());
        double wantY = floor + terrain.airGap() + want.heightAgl();
        // Climb like a drone: a capped vertical speed, reached with a capped acceleration.
        double wantClimb = StrictMath.max(-MAX_CLIMB, StrictMath.min(MAX_CLIMB,
                (wantY - position.y()) / (EASE_SECONDS * 2)));
        double accel = StrictMath.max(-MAX_CLIMB_ACCEL * dt, StrictMath.min(MAX_CLIMB_ACCEL * dt,
                (wantClimb - climb) * k));
        double newClimb = climb + accel;
        double y = StrictMath.max(position.y() + newClimb * dt, floor + CLEARANCE);
        return new CameraRig(new Vec3(x, y, z), newSpeed, newYaw, newYawRate, newPitch, newFov,
                newClimb);
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

    /** Focal length, mm, on the rig's sensor, of the lens at the current field of view. */
    public double focalLengthMm() {
        return CameraMoveTargets.SENSOR.focalForVerticalFov(fovDeg);
    }

    /** The camera this rig holds. */
    public Camera camera() {
        return new Camera(position, yawDeg, pitchDeg, focalLengthMm(), CameraMoveTargets.SENSOR);
    }
}
