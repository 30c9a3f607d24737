package dev.longshot.media.segments;

import dev.longshot.director.CheckpointStore;
import dev.longshot.director.ProgressListener;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Progress of segments that other processes (Spark executors) are writing into the store's
 * directory, told to a {@link ProgressListener} in frames while the driver waits for their
 * tasks: without it a cluster run says nothing until its last task ends. A segment counts as
 * made once its sound file is in place, which a worker publishes last (after the video), or
 * once the store has it finished. Polls the directory from a daemon thread; reads only.
 */
final class SegmentWatch implements AutoCloseable {
    private final CheckpointStore store;
    private final Map<Integer, Long> framesOf;
    private final long total;
    private final ProgressListener progress;
    private final Thread thread;
    private volatile boolean open = true;

    /**
     * @param framesOf the segments this run makes and the frames of each
     * @param every    how often to look
     */
    SegmentWatch(CheckpointStore store, Map<Integer, Long> framesOf, ProgressListener progress,
            Duration every) {
        this.store = store;
        this.framesOf = new TreeMap<>(framesOf);
        this.total = this.framesOf.values().stream().mapToLong(Long::longValue).sum();
        this.progress = progress;
        progress.onFrames(done(), total);
        this.thread = new Thread(() -> watch(every.toMillis()), "longshot-segment-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Frames of the segments made so far. */
    long done() {
        long done = 0;
        for (Map.Entry<Integer, Long> e : framesOf.entrySet()) {
            int k = e.getKey();
            if (store.finished(k) || Files.exists(store.audio(k))) done += e.getValue();
        }
        return done;
    }

    private void watch(long everyMillis) {
        long told = -1;
        while (open) {
            long done = done();
            if (done != told && done < total) {
                progress.onFrames(done, total);
                told = done;
            }
            try {
                Thread.sleep(everyMillis);
            } catch (InterruptedException e) {
                return; // closed
            }
        }
    }

    /** Stops watching and tells the frames made, all of them when every segment is made. */
    @Override
    public void close() {
        open = false;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        progress.onFrames(done(), total);
    }
}
