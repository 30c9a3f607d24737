package dev.longshot.media.segments;

import dev.longshot.director.Director;
import dev.longshot.director.WindowMemory;
import dev.longshot.director.GenerationLog;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.QueuedSink;
import dev.longshot.director.RollbackJournal;
import dev.longshot.director.SegmentRun;
import dev.longshot.director.Stages;
import dev.longshot.director.VideoSink;
import dev.longshot.director.WorkerSegmentFiles;
import dev.longshot.media.provenance.LabelledVideoWriter;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A run of consecutive segments made from the first one's start, anywhere: the world, memory
 * and sound brought to that start by the pass without pixels, replaying {@code journalBefore}
 * (the rollbacks of every second before it), then the segments rendered, validated and —
 * those in {@code write} — labelled, watermarked and encoded into the store's directory, as
 * one segmented run makes them. One task makes several segments so that the pass without
 * pixels, which costs as much as the seconds before the start, is paid once per task, not
 * once per segment. Each segment's result says which journal it was made from and which it
 * left, so the driver can tell whether its start held.
 *
 * @param job           the video and the store
 * @param first         the first segment
 * @param last          the last segment
 * @param journalBefore second → re-sampling salt, for the seconds before {@code first}
 * @param write         the segments to encode; the others are made only for their rollbacks
 *                      (before an excerpt, or finished in the store already)
 */
public record SegmentTask(SegmentJob job, int first, int last,
        TreeMap<Integer, Long> journalBefore, TreeSet<Integer> write) implements Serializable {
    private static final long serialVersionUID = 1L;

    public SegmentTask {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("segments " + first + " … " + last);
        }
    }

    /** Makes the segments (on a worker); one result per segment, in order. */
    public List<SegmentResult> make() {
        long begin = System.nanoTime();
        SegmentedVideo video = job.video();
        int l = video.segmentSeconds();
        RollbackJournal journal = new RollbackJournal();
        journalBefore.forEach(journal::put);
        Set<Integer> skipped = new HashSet<>();
        for (int k = first; k <= last; k++) if (!write.contains(k)) skipped.add(k);
        // the journal at each segment start the run reaches, and at its end
        Map<Integer, TreeMap<Integer, Long>> at = new HashMap<>();
        try (Stages all = Stages.defaults(video.config(), video.validation())) {
            Stages stages = all.withSound(video.soundGenerator());
            Director director = new Director(video.config(), stages, video.validation())
                    .withWindowMemory(WindowMemory.spillingTo(job.store()));
            WorkerSegmentFiles files = new WorkerSegmentFiles(job.store(), l, skipped);
            SegmentRun run = new SegmentRun(l, first * l, video.endOf(last), journal,
                    (second, j) -> at.putIfAbsent(second, new TreeMap<>(j.before(second))));
            try (VideoSink sink = write.isEmpty() ? VideoSink.framesOnly(f -> { })
                    : QueuedSink.opening(() -> LabelledVideoWriter.openSegments(
                            director.format(), job.segmentMetadata(), video.label(), files,
                            first, last), director.format())) {
                FramePath path = FramePath.of(video, sink, GenerationLog.NONE);
                director.run(video.storyboard(), path.frames(), ProgressListener.NONE,
                        path.log(), run);
                sink.finish();
            }
            long nanos = (System.nanoTime() - begin) / (last - first + 1);
            List<SegmentResult> out = new ArrayList<>();
            for (int k = first; k <= last; k++) {
                TreeMap<Integer, Long> before = k == first ? journalBefore : at.get(k * l);
                out.add(new SegmentResult(k, before, at.get(video.endOf(k)), files.made(k),
                        nanos));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("segments " + first + " … " + last + ": "
                    + e.getMessage(), e);
        }
    }
}
