package dev.longshot.director;

import java.io.IOException;

/**
 * A sink that changes the frames on their way to another sink (a label, a burn-in, passes
 * taken off) and passes the sound, the finish and the close straight through.
 */
public abstract class FrameFilterSink implements VideoSink {
    /** Where the frames go on to. */
    protected final VideoSink inner;

    protected FrameFilterSink(VideoSink inner) {
        this.inner = inner;
    }

    @Override
    public void writeAudio(short[] samples) throws IOException {
        inner.writeAudio(samples);
    }

    @Override
    public void finish() throws IOException {
        inner.finish();
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
