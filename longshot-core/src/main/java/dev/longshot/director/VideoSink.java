package dev.longshot.director;

import dev.longshot.render.Frame;
import java.io.IOException;

/**
 * Where committed frames and sound go, in order. A sink writes its file under a temporary name
 * and moves it into place only in {@link #finish()}; closing an unfinished sink deletes what it
 * wrote, so a failed run leaves nothing under the requested name.
 */
public interface VideoSink extends AutoCloseable {
    /** Appends one frame; frames arrive in timecode order. */
    void writeFrame(Frame frame) throws IOException;

    /** Appends 16-bit PCM, channels interleaved as the format says, at its sample rate. */
    void writeAudio(short[] samples) throws IOException;

    /** Completes the file and moves it to its final name. */
    void finish() throws IOException;

    /** Releases resources; deletes the partial file unless {@link #finish()} succeeded. */
    @Override
    void close() throws IOException;

    /** What a frames-only sink does with each frame (stills, measurements; no file). */
    @FunctionalInterface
    interface FrameConsumer {
        void accept(Frame frame) throws IOException;
    }

    /**
     * A sink that hands every frame to {@code frames}, drops the sound and writes no file.
     * Like any sink it refuses work once finished or closed.
     */
    static VideoSink framesOnly(FrameConsumer frames) {
        java.util.Objects.requireNonNull(frames, "frames");
        return new VideoSink() {
            private String over; // "finished" or "closed" once no more work is taken

            private void open() {
                if (over != null) throw new IllegalStateException("frames-only sink " + over);
            }

            @Override
            public void writeFrame(Frame frame) throws IOException {
                java.util.Objects.requireNonNull(frame, "frame");
                open();
                frames.accept(frame);
            }

            @Override
            public void writeAudio(short[] samples) {
                java.util.Objects.requireNonNull(samples, "samples");
                open();
            }

            @Override
            public void finish() {
                open();
                over = "finished";
            }

            @Override
            public void close() {
                over = over == null ? "closed" : over;
            }
        };
    }
}
