package dev.longshot.director;

import dev.longshot.render.Coverage;
import dev.longshot.render.Frame;
import dev.longshot.world.Timecode;

/**
 * A frame waiting in the commit window: in memory, or parked in the spill file with what it
 * needs to be rebuilt (its size, time and coverage; a frame with passes is never parked).
 */
final class HeldFrame {
    /** Null while parked. */
    final Frame frame;
    /** The spill file's slot, or -1 in memory. */
    final int slot;
    final int width;
    final int height;
    final Timecode time;
    final Coverage shown;

    private HeldFrame(Frame frame, int slot, int width, int height, Timecode time,
            Coverage shown) {
        this.frame = frame;
        this.slot = slot;
        this.width = width;
        this.height = height;
        this.time = time;
        this.shown = shown;
    }

    /** {@code f}, kept in memory. */
    static HeldFrame inMemory(Frame f) {
        return new HeldFrame(f, -1, f.width(), f.height(), f.time(), f.shown());
    }

    /** {@code f}'s picture parked in {@code slot}. */
    static HeldFrame parked(Frame f, int slot) {
        if (f.passes() != null) throw new IllegalArgumentException("a frame with passes");
        return new HeldFrame(null, slot, f.width(), f.height(), f.time(), f.shown());
    }

    boolean isParked() {
        return frame == null;
    }

    /** Bytes of pixels. */
    long bytes() {
        return 4L * width * height;
    }

    /** The frame again, from the picture read back. */
    Frame rebuilt(int[] rgb) {
        return new Frame(width, height, rgb, time, shown);
    }
}
