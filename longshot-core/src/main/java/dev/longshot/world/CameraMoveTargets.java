package dev.longshot.world;

import dev.longshot.plan.CameraMove;

/**
 * What each camera move asks of the rig: speeds and framing it eases towards.
 *
 * @param speed       forward speed, m/s
 * @param yawRate     turn rate, degrees/s (positive turns right)
 * @param pitchDeg    pitch to settle at, degrees
 * @param heightAgl   eye height above ground (or water), metres
 * @param fovDeg      vertical field of view, degrees
 */
record CameraMoveTargets(double speed, double yawRate, double pitchDeg, double heightAgl,
        double fovDeg) {

    static CameraMoveTargets of(CameraMove move) {
        return switch (move) {
            case STATIC -> new CameraMoveTargets(0, 0, -3, 2.2, 50);
            case PAN -> new CameraMoveTargets(0, 10, -3, 2.2, 50);
            case TILT -> new CameraMoveTargets(0, 0, 22, 2.2, 50);
            case DOLLY -> new CameraMoveTargets(2.5, 0, -3, 2.2, 50);
            case TRACK -> new CameraMoveTargets(4, 3, -4, 2.0, 48);
            case AERIAL -> new CameraMoveTargets(14, 2, -18, 70, 55);
            case CRANE -> new CameraMoveTargets(0.6, 0, -12, 22, 50);
            case ORBIT -> new CameraMoveTargets(6, 12, -8, 6, 50);
            case POV -> new CameraMoveTargets(5, -2, -2, 1.5, 62);
            case ZOOM -> new CameraMoveTargets(0, 0, -2, 2.2, 22);
        };
    }
}
