package dev.longshot.director;

import dev.longshot.render.Frame;
import java.io.Closeable;
import java.io.IOException;

/**
 * Where the frames of the commit window wait: in memory up to a byte budget, the rest in a
 * {@link FrameSpillFile} (the design's tiers: recurrent state, memory, disk). A frame is parked
 * when it would take the memory over the budget, so the heap a run needs does not grow with the
 * rollback horizon, the frame rate or the frame size. Frames with passes (previs) stay in
 * memory: the file keeps pictures only. The spill file is made at the first frame that does not
 * fit and deleted on close.
 */
final class HeldFrames implements Closeable {
    private final WindowMemory budget;
    private long inMemory;
    private FrameSpillFile spill;
    private long parkedEver;

    HeldFrames(WindowMemory budget) {
        this.budget = budget;
    }

    /** Holds {@code f} until it is {@link #take taken} or {@link #drop dropped}. */
    HeldFrame hold(Frame f) throws IOException {
        long bytes = memoryBytes(f);
        if (inMemory + bytes <= budget.bytes() || f.passes() != null) {
            inMemory += bytes;
            return HeldFrame.inMemory(f);
        }
        if (spill == null) spill = FrameSpillFile.create(budget.spillDirectory(), f.rgb().length);
        parkedEver++;
        return HeldFrame.parked(f, spill.write(f.rgb()));
    }

    /** The frame {@code h} held, bit for bit; {@code h} is no longer held. */
    Frame take(HeldFrame h) throws IOException {
        if (!h.isParked()) {
            inMemory -= memoryBytes(h.frame);
            return h.frame;
        }
        Frame f = h.rebuilt(spill.read(h.slot));
        spill.free(h.slot);
        return f;
    }

    /** Lets go of {@code h} unseen (a rollback makes its second again). */
    void drop(HeldFrame h) {
        if (h.isParked()) spill.free(h.slot);
        else inMemory -= memoryBytes(h.frame);
    }

    /** Bytes of frames held in memory now. */
    long bytesInMemory() {
        return inMemory;
    }

    /** Frames parked in the spill file now. */
    int parkedNow() {
        return spill == null ? 0 : spill.parked();
    }

    /** Frames parked since the start. */
    long parkedEver() {
        return parkedEver;
    }

    private static long memoryBytes(Frame f) {
        long bytes = 4L * f.rgb().length;
        var p = f.passes();
        if (p != null) {
            if (p.inverseDepth() != null) bytes += 4L * p.inverseDepth().length;
            if (p.ids() != null) bytes += 2L * p.ids().length;
        }
        return bytes;
    }

    @Override
    public void close() throws IOException {
        if (spill != null) spill.close();
    }
}
