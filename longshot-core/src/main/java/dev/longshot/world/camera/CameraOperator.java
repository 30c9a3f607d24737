package dev.longshot.world.camera;

import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;

/**
 * What the operator adds to the rig's camera for a shot: the roll of a dutch angle, the focus
 * (shallow on the subject, or racked onto it from the foreground) and the shake of the
 * support (hand-held: a seeded, smooth wobble; a drone: a slow drift; a tripod or
 * steadicam: none). Pure functions of the shot, the seed and the time, so frames are
 * deterministic; the shake is not fed back into the rig.
 */
public final class CameraOperator {
    /** Roll of a dutch angle, degrees. */
    static final double DUTCH_DEG = 14;
    /** Blur of the far background in a shallow shot, share of the frame's width. */
    static final double SHALLOW_BLUR = 0.012;
    /** Where the focus is when there is no subject, metres. */
    private static final double NO_SUBJECT_FOCUS = 12;

    private CameraOperator() {}

    /**
     * The camera of {@code rig} as {@code shot} films {@code target}, {@code seconds} into the
     * video; the shake is drawn from {@code seed}.
     */
    public static Camera finish(CameraRig rig, Shot shot, CameraTarget target, long seed,
            double seconds) {
        Camera c = rig.camera();
        double roll = "dutch".equals(shot.angle()) ? DUTCH_DEG * shot.ramp(0.5) : 0;
        Camera framed = new Camera(c.position(), c.yawDeg(), c.pitchDeg(), c.focalLengthMm(),
                c.sensor(), roll, focus(shot, target, c));
        return shake(framed, shot.support(), seed, seconds);
    }

    /** Where the lens focuses for {@code shot}: deep unless the line asks otherwise. */
    static Focus focus(Shot shot, CameraTarget target, Camera c) {
        if (shot.focus() == null || shot.focus().equals("deep")) return Focus.DEEP;
        double d = target.present()
                ? StrictMath.max(0.6, target.centre().minus(c.position()).length())
                : NO_SUBJECT_FOCUS;
        if (shot.focus().equals("rack")) {
            // From the foreground onto the subject, after a beat.
            double pull = StrictMath.max(0, StrictMath.min(1, (shot.elapsed() - 0.2) / 0.7));
            pull = pull * pull * (3 - 2 * pull);
            d = d * (0.3 + 0.7 * pull);
        }
        return new Focus(d, SHALLOW_BLUR);
    }

    /** {@code c} shaken as its support shakes at {@code seconds}. */
    static Camera shake(Camera c, String support, long seed, double seconds) {
        double amp;
        double period;
        if ("handheld".equals(support)) {
            amp = 1;
            period = 0.5;
        } else if ("drone".equals(support)) {
            amp = 0.25;
            period = 2.5;
        } else {
            return c;
        }
        long s = seed ^ 0x5EEDCA3L;
        double yaw = amp * (0.7 * wobble(s, 0, seconds, period));
        double pitch = amp * (0.5 * wobble(s, 2, seconds, period));
        double roll = amp * (0.6 * wobble(s, 4, seconds, period * 1.3));
        Vec3 offset = new Vec3(wobble(s, 6, seconds, period), wobble(s, 8, seconds, period),
                wobble(s, 10, seconds, period)).times(0.02 * amp);
        return c.shaken(offset, yaw, pitch, roll);
    }

    /** Smooth noise in about [-1, 1]: a slow sway with a quicker tremor on it. */
    private static double wobble(long seed, int layer, double seconds, double period) {
        return 0.75 * Wander.at(seed, layer, seconds, period)
                + 0.25 * Wander.at(seed, layer + 1, seconds, period * 0.3);
    }
}
