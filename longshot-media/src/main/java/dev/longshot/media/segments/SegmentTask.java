package dev.longshot.media.segments;

import dev.longshot.director.Director;
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
import java.util.TreeMap;

/**
 * One segment made from its start, anywhere: the world, memory and sound brought to the
 * segment's start by the pass without pixels, replaying {@code journalBefore} (the rollbacks
 * of every second before it), then the segment rendered, validated and — when {@code write} —
 * labelled, watermarked and encoded into the store's directory. The result says which journal
 * the segment was made from and which it left, so the driver can tell whether the start held.
 *
 * @param job           the video and the store
 * @param segment       the segment's index
 * @param journalBefore second → re-sampling salt, for the seconds before the segment
 * @param write         false: only learn the segment's rollbacks (a segment before an
 *                      excerpt, or one already finished)
 */
public record SegmentTask(SegmentJob job, int segment, TreeMap<Integer, Long> journalBefore,
        boolean write) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Makes the segment (on a worker). */
    public SegmentResult make() {
        long begin = System.nanoTime();
        SegmentedVideo video = job.video();
        int l = video.segmentSeconds();
        int start = segment * l;
        int end = video.endOf(segment);
        RollbackJournal journal = new RollbackJournal();
        journalBefore.forEach(journal::put);
        TreeMap<Integer, Long> after = new TreeMap<>();
        try (Stages all = Stages.defaults(video.config(), video.validation())) {
            Stages stages = all.withSound(video.soundGenerator());
            Director director = new Director(video.config(), stages, video.validation());
            WorkerSegmentFiles files = new WorkerSegmentFiles(job.store(), l);
            SegmentRun run = new SegmentRun(l, start, end, journal, (second, j) -> {
                if (second == end) after.putAll(j.before(end));
            });
            try (VideoSink sink = write
                    ? QueuedSink.opening(() -> LabelledVideoWriter.openSegments(
                            director.format(), job.segmentMetadata(), video.label(), files,
                            segment, segment), director.format())
                    : VideoSink.framesOnly(f -> { })) {
                director.run(video.storyboard(), sink, ProgressListener.NONE, GenerationLog.NONE,
                        run);
                sink.finish();
            }
            return new SegmentResult(segment, journalBefore, after,
                    write ? files.made(segment) : null, System.nanoTime() - begin);
        } catch (IOException e) {
            throw new UncheckedIOException("segment " + segment + ": " + e.getMessage(), e);
        }
    }
}
