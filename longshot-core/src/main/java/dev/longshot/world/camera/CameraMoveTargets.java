package dev.longshot.world.camera;

import dev.longshot.plan.CameraMove;

/**
 * What each camera move asks of the rig: speeds, framing and the lens it eases towards. Lenses
 * are focal lengths on Super 35 (16:9): 12 mm is wide (60° vertical), 16 mm the standard
 * previs lens here (47°), 35 mm long (23°).
 *
 * @param speed       forward speed, m/s
 * @param yawRate     turn rate, degrees/s (positive turns right)
 * @param pitchDeg    pitch to settle at, degrees
 * @param heightAgl   eye height above ground (or water), metres
 * @param focalMm     focal length of the lens, mm
 */
record CameraMoveTargets(double speed, double yawRate, double pitchDeg, double heightAgl,
        double focalMm) {
    static final Sensor SENSOR = Sensor.SUPER35;

    static CameraMoveTargets of(CameraMove move) {
        return switch (move) {
            case STATIC -> new CameraMoveTargets(0, 0, -3, 2.2, 16);
            case PAN -> new CameraMoveTargets(0, 10, -3, 2.2, 16);
            case TILT -> new CameraMoveTargets(0, 0, 22, 2.2, 16);
            case DOLLY -> new CameraMoveTargets(2.5, 0, -3, 2.2, 16);
            case TRACK -> new CameraMoveTargets(4, 3, -4, 2.0, 18);
            case AERIAL -> new CameraMoveTargets(14, 2, -18, 70, 14);
            case CRANE -> new CameraMoveTargets(0.6, 0, -12, 22, 16);
            case ORBIT -> new CameraMoveTargets(6, 12, -8, 6, 16);
            case POV -> new CameraMoveTargets(5, -2, -2, 1.5, 12);
            case ZOOM -> new CameraMoveTargets(0, 0, -2, 2.2, 35);
        };
    }

    CameraMoveTargets withYawRate(double rate) {
        return new CameraMoveTargets(speed, rate, pitchDeg, heightAgl, focalMm);
    }

    CameraMoveTargets withSpeed(double v) {
        return new CameraMoveTargets(v, yawRate, pitchDeg, heightAgl, focalMm);
    }

    CameraMoveTargets withFocal(double mm) {
        return new CameraMoveTargets(speed, yawRate, pitchDeg, heightAgl, mm);
    }

    /** Vertical field of view of the target lens, degrees. */
    double fovDeg() {
        return SENSOR.verticalFovDeg(focalMm);
    }
}
