package dev.longshot.world.camera;

import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;

/**
 * The side a close shot of a creature is taken from, as a bearing from the creature to the
 * eye: a three-quarter view of its face ({@link #THREE_QUARTER} degrees off its heading), on
 * the side of the sun, so the face is seen and lit and the body still spans the frame.
 * Taken from the side the camera happened to be on, an extreme close-up of a wolf at dawn
 * looked into the low sun at the back of its head: a dark block; taken from straight in
 * front, a deer's close-up was a narrow chest (5 % of the frame). With the sun down, the
 * side the camera is on.
 */
final class FaceBearing {
    /** How far off the face a three-quarter view stands, degrees. */
    static final double THREE_QUARTER = 55;
    /** The sun this far above the horizon (sine of its elevation) lights a face. */
    private static final double LIT = 0.03;

    private FaceBearing() {}

    /**
     * The bearing, degrees, from {@code target} to the eye that frames its face lit by the
     * sun in direction {@code toSun}; {@code eye} is where the camera is now.
     */
    static double of(CameraTarget target, Vec3 toSun, Vec3 eye) {
        double face = target.headingDeg();
        Vec3 c = target.centre();
        double towards = toSun.y() > LIT ? Wander.headingOf(toSun.x(), toSun.z())
                : Wander.headingOf(eye.x() - c.x(), eye.z() - c.z());
        return face + (Wander.turn(face, towards) < 0 ? -THREE_QUARTER : THREE_QUARTER);
    }
}
