package dev.longshot.world.camera;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.CameraSpec;
import dev.longshot.plan.DrawnVocabulary;

/**
 * The shot a line asks for (its {@link CameraSpec}), as the rig reads it at one frame: the
 * move, the shot size, angle, support and lens, and how long the line has been running (moves
 * such as a dolly-in or crash zoom unfold over the line).
 *
 * @param move     the coarse move the rig knows (a dolly-out is a {@code DOLLY})
 * @param moveId   the plan's move id: whip-pan, dolly-in, dolly-out, crane-up, crane-down,
 *                 zoom-in, zoom-out, crash-zoom …
 * @param size     shot size id, or null
 * @param angle    angle id, or null
 * @param support  support id, or null
 * @param lensMm   focal length asked for, or null
 * @param focus    focus id, or null
 * @param elapsed  seconds since the line began (video time)
 * @param named    true when the line names a subject: the camera frames it even when no
 *                 camera term asks for it
 */
public record Shot(CameraMove move, String moveId, String size, String angle, String support,
        Integer lensMm, String focus, double elapsed, boolean named) {

    /** A bare move, as the old vocabulary has it. */
    public static Shot of(CameraMove move) {
        return new Shot(move, move.id(), null, null, null, null, null, 0, false);
    }

    /** The shot of a plan's camera, {@code elapsed} seconds into its line. */
    public static Shot of(CameraSpec spec, double elapsed, boolean named) {
        return new Shot(DrawnVocabulary.move(spec.move()), spec.move(), spec.shot(),
                spec.angle(), spec.support(), spec.lensMm(), spec.focus(), elapsed, named);
    }

    /** True when the shot places the camera relative to a subject rather than roaming. */
    public boolean framesSubject() {
        return named || size != null || (angle != null && !angle.equals("dutch"))
                || "drone".equals(support) || !moveId.equals(move.id());
    }

    /** True for the moves that are meant to be violent: the validators let them be. */
    public static boolean abrupt(String moveId) {
        return "whip-pan".equals(moveId) || "crash-zoom".equals(moveId);
    }

    /** The same shot {@code seconds} later in its line. */
    Shot later(double seconds) {
        return new Shot(move, moveId, size, angle, support, lensMm, focus, elapsed + seconds,
                named);
    }

    /** {@code 0 … 1} smoothly over {@code seconds} from the start of the line. */
    double ramp(double seconds) {
        double x = StrictMath.max(0, StrictMath.min(1, elapsed / seconds));
        return x * x * (3 - 2 * x);
    }
}
