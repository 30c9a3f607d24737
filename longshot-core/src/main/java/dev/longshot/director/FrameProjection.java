package dev.longshot.director;

import java.util.Locale;

/** How frames map the world to the picture. */
public enum FrameProjection {
    /** An ordinary camera: the lens's field of view, straight lines stay straight. */
    PERSPECTIVE("perspective"),
    /** The full sphere around the camera, equirectangular (360° video); width = 2 × height. */
    EQUIRECT("equirect"),
    /**
     * Stereo 360°: omni-directional stereo, the left eye's equirectangular picture above the
     * right eye's; width = height.
     */
    EQUIRECT_TOP_BOTTOM("equirect-top-bottom");

    private final String id;

    FrameProjection(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** True for the 360° projections: players are told the frame wraps the viewer. */
    public boolean spherical() {
        return this != PERSPECTIVE;
    }

    /** True when each frame holds two eyes (top-bottom). */
    public boolean stereo() {
        return this == EQUIRECT_TOP_BOTTOM;
    }

    /** Parses {@code perspective} or {@code equirect} (case-insensitive). */
    public static FrameProjection fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (FrameProjection p : values()) {
            if (p.id.equals(wanted)) return p;
        }
        throw new IllegalArgumentException(
                "unknown projection '" + id
                + "' (expected one of: perspective, equirect, equirect-top-bottom)");
    }
}
