package dev.longshot.director;

import dev.longshot.render.Frame;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a sink on its own thread behind a small bounded queue, so the encoder works while the
 * renderer draws the next frames. Order is preserved; the first error of the worker is
 * rethrown to the producer on its next call.
 *
 * <p>The worker owns the sink for its whole life: it opens it, writes, finishes and closes
 * it, so no native encoder state is ever touched from two threads. An H.264 file whose
 * encoder was started on one thread and fed from another came out different from run to run
 * under CPU load (measured: 3 of 12 paced runs); owned by one thread, it did not.
 */
public final class QueuedSink implements VideoSink {
    /** Opens the sink the worker will own; called on the worker thread. */
    @FunctionalInterface
    public interface Opener {
        VideoSink open() throws IOException;
    }

    private static final Object FINISH = new Object();
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final int capacity;
    private final Thread worker;
    private final CountDownLatch opened = new CountDownLatch(1);
    private volatile Throwable failure;
    private volatile boolean finishedTarget;
    private boolean ended;
    /** Why no more work is taken ("finished", "closed"), or null while open. */
    private String over;

    /** Pixel memory the queue may hold, whatever the frame size. */
    static final long BUDGET_BYTES = 256L << 20;

    /**
     * A queue for {@code format} in front of the sink {@code opener} makes on the worker: one
     * second of frames (smooths the encoder's pace), but never more than
     * {@link #BUDGET_BYTES} of pixels, and at least two frames.
     *
     * @throws IOException what opening the sink threw (nothing is left running)
     */
    public static QueuedSink opening(Opener opener, VideoFormat format) throws IOException {
        long frameBytes = 4L * format.width() * format.height();
        int byBudget = (int) Math.max(2, Math.min(Integer.MAX_VALUE, BUDGET_BYTES / frameBytes));
        return new QueuedSink(opener, Math.min(format.fps(), byBudget));
    }

    /**
     * @param opener   makes the sink, on the worker thread
     * @param capacity frames and audio blocks that may wait; bounds memory
     * @throws IOException what opening the sink threw
     */
    public QueuedSink(Opener opener, int capacity) throws IOException {
        Objects.requireNonNull(opener, "opener");
        this.capacity = capacity;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.worker = new Thread(() -> own(opener), "longshot-encoder");
        worker.setDaemon(true);
        worker.start();
        try {
            opened.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IOException("interrupted while opening the video", e);
        }
        if (failure != null) {
            ended = true;
            over = "closed";
            joinQuietly();
            rethrow();
        }
    }

    /** Items that may wait at once. */
    public int capacity() {
        return capacity;
    }

    /** The worker: open, drain, finish or not, always close. */
    private void own(Opener opener) {
        VideoSink target;
        try {
            target = Objects.requireNonNull(opener.open(), "opener returned no sink");
        } catch (Throwable t) {
            failure = t;
            opened.countDown();
            return;
        }
        opened.countDown();
        try {
            drain(target);
        } finally {
            try {
                target.close();
            } catch (Throwable t) {
                if (failure == null) failure = t;
            }
        }
    }

    private void drain(VideoSink target) {
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) return;
                if (item == FINISH) {
                    if (failure == null) {
                        target.finish();
                        finishedTarget = true;
                    }
                    return;
                }
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
        if (t instanceof Error err) throw err;
        throw new IOException("encoder failed: " + t, t);
    }

    // After finish or close the worker is gone: a put would block forever once the queue is full.
    private void checkOpen() {
        if (over != null) throw new IllegalStateException("queued sink " + over);
    }

    @Override
    public void writeFrame(Frame frame) throws IOException {
        // the queue's budget is pictures: passes are for the sinks in front of it
        put(Objects.requireNonNull(frame, "frame").withoutPasses());
    }

    @Override
    public void writeAudio(short[] samples) throws IOException {
        put(Objects.requireNonNull(samples, "samples"));
    }

    /** Has the worker finish the sink (after everything queued) and waits for it. */
    @Override
    public void finish() throws IOException {
        checkOpen();
        over = "finished";
        ended = true;
        try {
            queue.put(FINISH);
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the encoder", e);
        }
        rethrow();
        if (!finishedTarget) throw new IOException("the encoder stopped before finishing");
    }

    @Override
    public void close() {
        if (over == null) over = "closed";
        if (ended) {
            joinQuietly();
            return;
        }
        ended = true;
        if (failure == null) failure = new IOException("closed before finish");
        queue.clear();
        queue.offer(END);
        joinQuietly();
    }

    private void joinQuietly() {
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
