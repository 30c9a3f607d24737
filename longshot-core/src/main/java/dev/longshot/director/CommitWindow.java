package dev.longshot.director;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;

/**
 * Seconds that are made but not yet final. A second reaches the sink only when it is older
 * than the rollback horizon, so a rollback never has to un-write anything; the capacity
 * (horizon + 1 seconds of frames) bounds what is held whatever the length of the video, and
 * {@link HeldFrames} how much of that is in the heap.
 */
final class CommitWindow {
    private final int capacityFrames;
    private final HeldFrames store;
    private final Deque<SecondBlock> held = new ArrayDeque<>();
    private int frames;

    /** @param store where the frames of the seconds held wait (memory or the spill file) */
    CommitWindow(int capacityFrames, HeldFrames store) {
        if (capacityFrames < 1) throw new IllegalArgumentException("capacity " + capacityFrames);
        this.capacityFrames = capacityFrames;
        this.store = store;
    }

    /** Told of each second just before it is written. */
    interface Committed {
        void accept(SecondBlock block) throws IOException;
    }

    void add(SecondBlock block) {
        if (frames + block.frames.size() > capacityFrames) {
            throw new IllegalStateException("commit window full (" + capacityFrames + " frames)");
        }
        held.addLast(block);
        frames += block.frames.size();
    }

    /** First second still held, or {@code fallback} when empty. */
    int firstSecond(int fallback) {
        return held.isEmpty() ? fallback : held.peekFirst().second;
    }

    /** The held seconds from {@code second} on, oldest first. */
    List<SecondBlock> heldFrom(int second) {
        List<SecondBlock> out = new ArrayList<>();
        for (SecondBlock b : held) if (b.second >= second) out.add(b);
        return out;
    }

    /** Drops the seconds from {@code second} on (a rollback regenerates them). */
    void dropFrom(int second) {
        while (!held.isEmpty() && held.peekLast().second >= second) {
            SecondBlock b = held.removeLast();
            frames -= b.frames.size();
            for (HeldFrame f : b.frames) store.drop(f);
        }
    }

    /** Writes every held second up to and including {@code second}, oldest first. */
    void commitThrough(int second, VideoSink sink, Committed committed)
            throws IOException {
        while (!held.isEmpty() && held.peekFirst().second <= second) {
            SecondBlock b = held.removeFirst();
            frames -= b.frames.size();
            // told first: whatever hears the log (e.g. a burn-in) knows the second it gets
            committed.accept(b);
            for (HeldFrame f : b.frames) sink.writeFrame(store.take(f));
            sink.writeAudio(b.audio);
        }
    }
}
