package dev.longshot.world.camera;

import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;

/**
 * The side a close shot of a creature is taken from, as a bearing from the creature to the
 * eye: in front of its face and turned towards the sun, so the face is seen and lit. Taken
 * from the side the camera happened to be on, an extreme close-up of a wolf at dawn looked
 * into the low sun at the back of its head: a dark block. At most {@link #MOST_TURN} degrees
 * off the face, so the face stays in view; with the sun down, {@link #NIGHT_TURN} degrees to
 * the side of it the camera is on (a three-quarter view).
 */
final class FaceBearing {
    /** Farthest a close shot turns from the face towards the sun, degrees. */
    static final double MOST_TURN = 60;
    /** A three-quarter view's turn from the face, degrees. */
    static final double NIGHT_TURN = 35;
    /** The sun this far above the horizon (sine of its elevation) lights a face. */
    private static final double LIT = 0.03;

    private FaceBearing() {}

    /**
     * The bearing, degrees, from {@code target} to the eye that frames its face lit by the
     * sun in direction {@code toSun}; {@code eye} is where the camera is now.
     */
    static double of(CameraTarget target, Vec3 toSun, Vec3 eye) {
        double face = target.headingDeg();
        if (toSun.y() > LIT) {
            double sun = Wander.headingOf(toSun.x(), toSun.z());
            double turn = Wander.turn(face, sun);
            return face + StrictMath.max(-MOST_TURN, StrictMath.min(MOST_TURN, turn));
        }
        Vec3 c = target.centre();
        double now = Wander.headingOf(eye.x() - c.x(), eye.z() - c.z());
        return face + (Wander.turn(face, now) < 0 ? -NIGHT_TURN : NIGHT_TURN);
    }
}
