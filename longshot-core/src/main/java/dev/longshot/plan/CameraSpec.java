package dev.longshot.plan;

/**
 * The camera of one line (format {@code longshot-plan/2}); it applies only to the line that
 * names it. Null fields mean "not named".
 *
 * @param move    static, pan, whip-pan, tilt, dolly-in, dolly-out, track, aerial, crane-up,
 *                crane-down, orbit, pov, zoom-in, zoom-out, crash-zoom
 * @param shot    shot size: extreme-wide … insert, or null
 * @param angle   eye-level, low, high, top-down, dutch, or null
 * @param support tripod, handheld, steadicam, drone, or null
 * @param lensMm  focal length in mm, or null
 * @param speed   1 = real time; 0.25–0.5 slow motion
 * @param focus   deep, shallow, rack, or null
 * @param target  the catalog id the camera frames, or null
 */
public record CameraSpec(String move, String shot, String angle, String support, Integer lensMm,
        double speed, String focus, String target) {
    /** A line that names no camera. */
    public static final CameraSpec STILL =
            new CameraSpec("static", null, null, null, null, 1, null, null);

    public CameraSpec {
        java.util.Objects.requireNonNull(move, "move");
        if (!(speed > 0)) throw new IllegalArgumentException("speed " + speed);
    }

    /** True when the line named any part of the camera. */
    public boolean named() {
        return !move.equals("static") || shot != null || angle != null || support != null
                || lensMm != null || speed != 1 || focus != null;
    }

    /** This camera framing {@code id}. */
    public CameraSpec withTarget(String id) {
        return new CameraSpec(move, shot, angle, support, lensMm, speed, focus, id);
    }

    /** This camera with another move. */
    public CameraSpec withMove(String m) {
        return new CameraSpec(m, shot, angle, support, lensMm, speed, focus, target);
    }
}
