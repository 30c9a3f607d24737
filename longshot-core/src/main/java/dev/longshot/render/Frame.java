package dev.longshot.render;

import dev.longshot.world.Timecode;

/**
 * One rendered picture, row-major from the top-left, pixels packed {@code 0x00RRGGBB}.
 *
 * @param width  pixels per row
 * @param height rows
 * @param rgb    {@code width * height} pixels; owned by the frame once built
 * @param time   the frame's timecode
 */
public record Frame(int width, int height, int[] rgb, Timecode time) {
    public Frame {
        if (width < 1 || height < 1) throw new IllegalArgumentException(width + "x" + height);
        if (rgb.length != width * height) {
            throw new IllegalArgumentException("pixels " + rgb.length + " != " + width + "x" + height);
        }
    }
}
