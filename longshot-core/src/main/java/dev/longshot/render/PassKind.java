package dev.longshot.render;

import java.util.Locale;

/** A picture beside the beauty frame that a compositor reads: depth, ids, normals, motion. */
public enum PassKind {
    /** Distance along the camera's view axis. */
    DEPTH,
    /** Which catalog entry each pixel shows. */
    IDS,
    /** The surface's facing, world space. */
    NORMALS,
    /** How far each pixel moved on screen since the frame before. */
    MOTION;

    /** The pass's name on the command line and in file names. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code depth}, {@code ids}, {@code normals} or {@code motion}. */
    public static PassKind fromId(String id) {
        for (PassKind k : values()) {
            if (k.id().equals(id.trim().toLowerCase(Locale.ROOT))) return k;
        }
        throw new IllegalArgumentException("unknown pass '" + id
                + "' (expected one of: depth, ids, normals, motion)");
    }
}
