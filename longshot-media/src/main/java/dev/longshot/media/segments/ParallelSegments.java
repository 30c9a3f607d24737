package dev.longshot.media.segments;

import dev.longshot.director.CheckpointStore;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.RollbackJournal;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes a segmented run's missing segments in parallel, exactly as one process makes them.
 *
 * <p>Why it is exact: the state at a segment start is a pure function of the plan, the seed,
 * the options and the rollback journal of the seconds before it (the segment fences, see
 * {@code SegmentRun}), so a segment made from the right journal is the segment one process
 * makes. But the journal is known only through the settled second: the rollbacks inside a
 * segment depend on its pixels. So every segment still to make is made at once from the
 * journal the driver <em>expects</em> before it (tasks take runs of consecutive segments, so
 * inside a task each start is exact and only a task's first start is a guess) — the settled journal plus whatever the
 * segments before it reported in an earlier wave — and each result says which journal it
 * started from. Walking the results in order, the driver accepts a segment only when that
 * journal equals the true one (the settled journal and the accepted segments' rollbacks),
 * records it in the store (its checksums checked) and settles the store past it. The first
 * segment whose start did not hold, and all after it, are made again in the next wave from
 * the journals now known; that segment's start is then exact, so every wave settles at least
 * one more segment. With no rollback before the last segment — the common case — one wave
 * makes everything.
 */
public final class ParallelSegments {
    private final SegmentedRun run;
    private final SegmentJob job;
    private final PrintWriter err;
    private final ProgressListener progress;
    private final Duration watchEvery;

    private final int tasksPerWave;

    /** What the waves did: rounds, tasks, segments made again, task time. */
    public record Report(int waves, int tasks, int remade, long taskNanos) {}

    /**
     * @param tasksPerWave how many tasks a round's segments are split into (the workers'
     *                     parallelism): each task pays the pass without pixels to its start
     */
    public ParallelSegments(SegmentedRun run, SegmentJob job, int tasksPerWave,
            PrintWriter err) {
        this(run, job, tasksPerWave, err, ProgressListener.NONE, Duration.ofSeconds(2));
    }

    /**
     * @param progress told the frames of the segments made so far while the workers run,
     *                 looked up in the store every {@code watchEvery}
     */
    public ParallelSegments(SegmentedRun run, SegmentJob job, int tasksPerWave,
            PrintWriter err, ProgressListener progress, Duration watchEvery) {
        if (tasksPerWave < 1) throw new IllegalArgumentException("tasks " + tasksPerWave);
        this.run = run;
        this.job = job;
        this.tasksPerWave = tasksPerWave;
        this.err = err;
        this.progress = progress;
        this.watchEvery = watchEvery;
    }

    /** Makes every segment of the range not yet finished with {@code workers}. */
    public Report make(SegmentWorkers workers) throws IOException {
        CheckpointStore store = run.store();
        SegmentedVideo video = run.video();
        int l = video.segmentSeconds();
        int last = run.lastSegment();
        int missing = run.firstSegment();
        while (missing <= last && store.finished(missing)) missing++;
        if (missing > last) return new Report(0, 0, 0, 0);
        while (last > missing && store.finished(last)) last--; // nothing after it to make
        // start at the first missing segment, or at the settled second if it comes first:
        // the journal is known through the settled second only
        int from = Math.min(missing, store.settledThrough() / l);
        TreeMap<Integer, Long> settled = new TreeMap<>(store.journal().before(from * l));
        Map<Integer, SegmentResult> previous = new HashMap<>();
        int waves = 0;
        int tasks = 0;
        int remade = 0;
        long nanos = 0;
        while (from <= last) {
            List<SegmentTask> wave = new ArrayList<>();
            TreeMap<Integer, Long> expected = settled;
            int segments = last - from + 1;
            int size = (segments + tasksPerWave - 1) / tasksPerWave;
            for (int a = from; a <= last; a += size) {
                int b = Math.min(last, a + size - 1);
                TreeSet<Integer> write = new TreeSet<>();
                for (int k = a; k <= b; k++) {
                    if (k >= run.firstSegment() && !store.finished(k)) write.add(k);
                }
                wave.add(new SegmentTask(job, a, b, expected, write));
                for (int k = a; k <= b; k++) expected = guessAfter(k, expected, previous);
            }
            waves++;
            tasks += wave.size();
            if (waves > 1) remade += segments;
            say("round " + waves + ": " + segments + " segment(s) from second " + from * l
                    + " in " + wave.size() + " task(s)");
            Map<Integer, SegmentResult> results = new HashMap<>();
            List<SegmentResult> made;
            try (SegmentWatch watch = watch(wave)) {
                made = workers.make(wave);
            }
            for (SegmentResult r : made) {
                results.put(r.segment(), r);
                nanos += r.nanos();
            }
            int k = from;
            for (; k <= last; k++) {
                SegmentResult r = Objects.requireNonNull(results.get(k),
                        "no result for segment " + k);
                if (!r.journalBefore().equals(settled)) break; // its start did not hold
                if (r.made() != null) store.adopt(k, r.made());
                settled = r.journalAfter();
                store.settle(video.endOf(k), journal(settled));
            }
            for (int m = k; m <= last; m++) {
                SegmentResult r = results.get(m);
                if (r != null && r.made() != null && !store.finished(m)) store.discard(m);
            }
            if (k <= last) {
                say("segment " + k + " started from rollbacks that did not happen as expected;"
                        + " making it and the " + (last - k) + " after it again");
            }
            previous = results;
            from = k;
        }
        return new Report(waves, tasks, remade, nanos);
    }

    /**
     * Watches the segments {@code wave} writes. Their files left by an earlier attempt (a
     * driver that died before adopting them) are deleted first, so they count only once made.
     */
    private SegmentWatch watch(List<SegmentTask> wave) throws IOException {
        CheckpointStore store = run.store();
        SegmentedVideo video = run.video();
        Map<Integer, Long> framesOf = new TreeMap<>();
        for (SegmentTask t : wave) {
            for (int k : t.write()) {
                if (Files.exists(store.audio(k)) || Files.exists(store.video(k))) {
                    store.discard(k);
                }
                framesOf.put(k, (long) (video.endOf(k) - k * video.segmentSeconds())
                        * video.config().fps());
            }
        }
        return new SegmentWatch(store, framesOf, progress, watchEvery);
    }

    /**
     * The journal expected after segment {@code k} when it starts from {@code expected}: what
     * it left last round if it started from the same, else {@code expected} with the
     * rollbacks it made last round (its best guess), else {@code expected}.
     */
    private TreeMap<Integer, Long> guessAfter(int k, TreeMap<Integer, Long> expected,
            Map<Integer, SegmentResult> previous) {
        SegmentResult earlier = previous.get(k);
        if (earlier == null) return expected;
        if (earlier.journalBefore().equals(expected)) return earlier.journalAfter();
        TreeMap<Integer, Long> next = new TreeMap<>(expected);
        next.putAll(earlier.journalAfter().tailMap(k * run.video().segmentSeconds(), true));
        return next;
    }

    private static RollbackJournal journal(Map<Integer, Long> entries) {
        RollbackJournal j = new RollbackJournal();
        entries.forEach(j::put);
        return j;
    }

    private void say(String line) {
        if (err == null) return;
        err.println("longshot: " + line);
        err.flush();
    }
}
