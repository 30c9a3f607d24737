package dev.longshot.director;

import dev.longshot.render.Frame;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Frames and sound that are made but not yet validated. They reach the sink only when the
 * window commits, so a failed check never has to un-write anything; the capacity bounds memory.
 */
public final class CommitWindow {
    private final int capacityFrames;
    private final List<Frame> frames = new ArrayList<>();
    private final List<short[]> audio = new ArrayList<>();

    public CommitWindow(int capacityFrames) {
        if (capacityFrames < 1) throw new IllegalArgumentException("capacity " + capacityFrames);
        this.capacityFrames = capacityFrames;
    }

    public void add(Frame frame) {
        if (frames.size() == capacityFrames) {
            throw new IllegalStateException("commit window full (" + capacityFrames + " frames)");
        }
        frames.add(frame);
    }

    public void addAudio(short[] samples) {
        audio.add(samples);
    }

    public int size() {
        return frames.size();
    }

    /** Writes everything held, in order, then empties the window. */
    public void commit(VideoSink sink) throws IOException {
        for (Frame frame : frames) sink.writeFrame(frame);
        for (short[] samples : audio) sink.writeAudio(samples);
        discard();
    }

    /** Drops everything held (after a failed check). */
    public void discard() {
        frames.clear();
        audio.clear();
    }
}
