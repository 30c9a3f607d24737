package dev.longshot.world.camera;

import dev.longshot.world.Vec3;

/**
 * What a camera move frames: the centre of a group of subjects (or one subject's eye, for a
 * point-of-view shot), how it moves and how big it is. The world picks it
 * ({@link CameraSubjects}); the rig only reads it, so the rig stays free of the creatures.
 *
 * @param centre     the point to frame (for a point of view: the eye), metres
 * @param velocity   how that point moves, m/s
 * @param radius     how far the group (or body) reaches from the centre, metres; 0: nothing
 * @param height     how tall the framed body (or group) stands, metres
 * @param headingDeg where the subject heads (0 north, 90 east)
 * @param flying     true for a flyer: a point of view from it looks down as it dives
 * @param body       how tall one body of the group stands (the smallest of several groups),
 *                   metres: a wide shot keeps it big enough to see
 * @param apart      true for groups that stand apart and are framed together all the same
 *                   (a wide shot of the deer and the wolf): the frame holds their whole
 *                   reach, seen across the line between them ({@code headingDeg} runs along
 *                   it), however small that makes each
 */
public record CameraTarget(Vec3 centre, Vec3 velocity, double radius, double height,
        double headingDeg, boolean flying, double body, boolean apart) {
    /** Nothing to frame: the move runs on its own. */
    public static final CameraTarget NONE = new CameraTarget(Vec3.ZERO, Vec3.ZERO, 0, 0, 0, false);

    /** A group, or groups that stand together. */
    public CameraTarget(Vec3 centre, Vec3 velocity, double radius, double height,
            double headingDeg, boolean flying, double body) {
        this(centre, velocity, radius, height, headingDeg, flying, body, false);
    }

    /** One body, or a group whose bodies are as tall as the group. */
    public CameraTarget(Vec3 centre, Vec3 velocity, double radius, double height,
            double headingDeg, boolean flying) {
        this(centre, velocity, radius, height, headingDeg, flying, height, false);
    }

    /** True when there is something to frame. */
    public boolean present() {
        return radius > 0;
    }

    /** Horizontal speed of the target, m/s. */
    double groundSpeed() {
        return StrictMath.hypot(velocity.x(), velocity.z());
    }
}
