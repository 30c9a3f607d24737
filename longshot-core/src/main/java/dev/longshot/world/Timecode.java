package dev.longshot.world;

/**
 * Position of a frame in the video: frame index at a fixed frame rate.
 *
 * @param frame 0-based frame index
 * @param fps   frames per second
 */
public record Timecode(long frame, int fps) {
    public Timecode {
        if (frame < 0) throw new IllegalArgumentException("frame < 0: " + frame);
        if (fps < 1) throw new IllegalArgumentException("fps < 1: " + fps);
    }

    /** Storyboard second this frame belongs to. */
    public int second() {
        return (int) (frame / fps);
    }

    /** Frame index inside its second, 0 … fps-1. */
    public int frameInSecond() {
        return (int) (frame % fps);
    }

    /** Time of the frame's start, in seconds. */
    public double seconds() {
        return (double) frame / fps;
    }

    /** SMPTE-style {@code HH:MM:SS:FF}. */
    @Override
    public String toString() {
        long s = frame / fps;
        return String.format("%02d:%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60, frame % fps);
    }
}
