package dev.longshot.director;

import dev.longshot.render.Frame;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it is given, for tests. */
class CollectingSink implements VideoSink {
    final List<Frame> frames = new ArrayList<>();
    long audioSamples;
    boolean finished;
    boolean closed;

    @Override
    public void writeFrame(Frame frame) {
        frames.add(frame);
    }

    @Override
    public void writeAudio(short[] samples) {
        audioSamples += samples.length;
    }

    @Override
    public void finish() {
        finished = true;
    }

    @Override
    public void close() {
        closed = true;
    }
}
