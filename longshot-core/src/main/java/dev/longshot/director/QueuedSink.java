package dev.longshot.director;

import dev.longshot.render.Frame;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs a sink on its own thread behind a small bounded queue, so the encoder works while the
 * renderer draws the next frames. Order is preserved; the first error of the worker is
 * rethrown to the producer on its next call.
 */
public final class QueuedSink implements VideoSink {
    private static final Object END = new Object();

    private final VideoSink target;
    private final BlockingQueue<Object> queue;
    private final int capacity;
    private final Thread worker;
    private volatile Throwable failure;
    private boolean ended;
    /** Why no more work is taken ("finished", "closed"), or null while open. */
    private String over;

    /** Pixel memory the queue may hold, whatever the frame size. */
    static final long BUDGET_BYTES = 256L << 20;

    /**
     * A queue for {@code format}: one second of frames (smooths the encoder's pace), but never
     * more than {@link #BUDGET_BYTES} of pixels, and at least two frames.
     */
    public static QueuedSink of(VideoSink target, VideoFormat format) {
        long frameBytes = 4L * format.width() * format.height();
        int byBudget = (int) Math.max(2, Math.min(Integer.MAX_VALUE, BUDGET_BYTES / frameBytes));
        return new QueuedSink(target, Math.min(format.fps(), byBudget));
    }

    /** @param capacity frames and audio blocks that may wait; bounds memory */
    public QueuedSink(VideoSink target, int capacity) {
        this.target = target;
        this.capacity = capacity;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.worker = new Thread(this::drain, "longshot-encoder");
        worker.setDaemon(true);
        worker.start();
    }

    /** Items that may wait at once. */
    public int capacity() {
        return capacity;
    }

    private void drain() {
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) return;
                if (failure != null) continue; // keep draining so the producer never blocks
                if (item instanceof Frame f) target.writeFrame(f);
                else target.writeAudio((short[]) item);
            }
        } catch (Throwable t) {
            failure = t;
            queue.clear();
        }
    }

    private void put(Object item) throws IOException {
        checkOpen();
        rethrow();
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while queueing for the encoder", e);
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t == null) return;
        if (t instanceof IOException io) throw io;
        if (t instanceof RuntimeException re) throw re;
        throw new IOException("encoder failed: " + t, t);
    }

    // After finish or close the worker is gone: a put would block forever once the queue is full.
    private void checkOpen() {
        if (over != null) throw new IllegalStateException("queued sink " + over);
    }

    @Override
    public void writeFrame(Frame frame) throws IOException {
        put(Objects.requireNonNull(frame, "frame"));
    }

    @Override
    public void writeAudio(short[] samples) throws IOException {
        put(Objects.requireNonNull(samples, "samples"));
    }

    private void end() throws IOException {
        if (ended) return;
        ended = true;
        try {
            queue.put(END);
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the encoder", e);
        }
    }

    @Override
    public void finish() throws IOException {
        checkOpen();
        over = "finished";
        end();
        rethrow();
        target.finish();
    }

    @Override
    public void close() throws IOException {
        if (over == null) over = "closed";
        try {
            if (!ended) {
                ended = true;
                failure = failure != null ? failure : new IOException("closed before finish");
                queue.clear();
                queue.offer(END);
                worker.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            target.close();
        }
    }
}
