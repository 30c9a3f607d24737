package dev.longshot.render;

import dev.longshot.world.Timecode;

/**
 * One rendered picture, row-major from the top-left, pixels packed {@code 0x00RRGGBB}.
 *
 * @param width  pixels per row
 * @param height rows
 * @param rgb    {@code width * height} pixels; owned by the frame once built
 * @param time   the frame's timecode
 * @param shown  how much of it each catalog entry covers ({@link Coverage#NONE}: not known)
 * @param passes the previs passes kept beside the picture, or null (the usual case)
 */
public record Frame(int width, int height, int[] rgb, Timecode time, Coverage shown,
        FramePasses passes) {
    public Frame {
        java.util.Objects.requireNonNull(shown, "shown");
        if (width < 1 || height < 1) throw new IllegalArgumentException(width + "x" + height);
        if (rgb.length != width * height) {
            throw new IllegalArgumentException("pixels " + rgb.length + " != " + width + "x" + height);
        }
    }

    /** A frame with no passes. */
    public Frame(int width, int height, int[] rgb, Timecode time, Coverage shown) {
        this(width, height, rgb, time, shown, null);
    }

    /** A frame with no record of what it shows (decoded, or from a generator without ids). */
    public Frame(int width, int height, int[] rgb, Timecode time) {
        this(width, height, rgb, time, Coverage.NONE);
    }

    /** The same picture without its passes (once written, nothing downstream needs them). */
    public Frame withoutPasses() {
        return passes == null ? this : new Frame(width, height, rgb, time, shown);
    }
}
