package dev.longshot.cli;

import dev.longshot.director.CheckpointStore;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.RunProvenance;
import dev.longshot.media.provenance.c2pa.SigningIdentity;
import dev.longshot.media.segments.SegmentedRun;
import dev.longshot.media.segments.SegmentedVideo;
import dev.longshot.media.segments.SideOutputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code generate}, {@code --resume}, {@code --restart} and {@code --from/--to}: the video
 * made in fixed segments kept in a checkpoint store ({@code --work DIR}, by default
 * {@code .OUT.mp4.longshot/} beside the output), in this process (see {@link SegmentedRun}).
 * A store made for another storyboard or other options is refused, naming what changed,
 * unless {@code --restart}. A plain {@code generate} deletes its store once the video is made
 * ({@link #once}); run again after a crash, it finds the store and makes only the rest.
 *
 * @param run      what the video is made from
 * @param target   the output file
 * @param work     the checkpoint store's directory
 * @param range    the seconds asked for, {@code [from, to)}
 * @param segments segment length, seconds
 */
record SegmentedGenerate(RunRequest run, Path target, Path work,
        SegmentedRun.Range range, int segments) {

    /** The default store of {@code target}: a hidden directory beside it. */
    static Path defaultWork(Path target) {
        return SegmentedRun.defaultWork(target);
    }

    /** Makes the video. */
    SegmentedRun.Made render(ProgressListener progress, AudioChoice audio,
            SigningIdentity signer, boolean restart, PrintWriter err) throws IOException {
        try (SegmentedRun segmented = open(video(run, audio, segments), target, work, range,
                restart, err)) {
            return segmented.render(progress, signer);
        }
    }

    /** What a segmented video is made from, as the command line asked. */
    static SegmentedVideo video(RunRequest run, AudioChoice audio,
            int segments) {
        return new SegmentedVideo(run.storyboard(), run.bytes(), run.config(), run.validation(),
                run.label(), run.burnIn(), audio.on(), audio.loudness(), segments,
                Version.build());
    }

    /**
     * Opens the store for a run, saying what it found broken; a store made for another run or
     * held by another is the user's to sort out (exit 2).
     */
    public static SegmentedRun open(SegmentedVideo video, Path target, Path work,
            SegmentedRun.Range range, boolean restart, PrintWriter err) throws IOException {
        return open(video, target, work, range, restart, err, SideOutputs.NONE);
    }

    /** As above, writing {@code side} too (stems, previs hand-off). */
    static SegmentedRun open(SegmentedVideo video, Path target, Path work,
            SegmentedRun.Range range, boolean restart, PrintWriter err, SideOutputs side)
            throws IOException {
        SegmentedRun segmented;
        try {
            segmented = SegmentedRun.open(video, target, work, range, restart, side);
        } catch (CheckpointStore.Mismatch | CheckpointStore.Busy e) {
            throw new UserError(e.getMessage(), e);
        }
        segmented.discarded().forEach(d -> err.println("longshot: " + d));
        err.flush();
        return segmented;
    }

    /** Something a run makes, which may fail. */
    @FunctionalInterface
    interface Making<T> {
        T make() throws IOException;
    }

    /**
     * A plain {@code generate}'s run: the store in {@code work} is deleted once the video is
     * made. After a failure it is kept only when it holds finished segments, worth resuming
     * by running the same command again (said on {@code err}); a store refused as another
     * run's, or held by one, is not touched.
     */
    static <T> T once(Path work, PrintWriter err, Making<T> making) throws IOException {
        T made;
        try {
            made = making.make();
        } catch (UserError e) {
            throw e;
        } catch (IOException | RuntimeException | Error e) {
            forgetUnlessWorthResuming(work, err, e);
            throw e;
        }
        CheckpointStore.delete(work);
        return made;
    }

    private static void forgetUnlessWorthResuming(Path work, PrintWriter err, Throwable failure) {
        try {
            if (CheckpointStore.holdsSegments(work)) {
                err.println("longshot: the checkpoint store " + work + " keeps the finished"
                        + " segments: run the same command again to make only the rest");
                err.flush();
            } else {
                CheckpointStore.delete(work);
            }
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e); // the run's own failure is the one to report
        }
    }

    /** Says that {@code run} resumes from its store, when the store holds earlier work. */
    static void sayResumed(SegmentedRun run, Path work, PrintWriter err) {
        CheckpointStore store = run.store();
        int made = 0;
        for (int k = run.firstSegment(); k <= run.lastSegment(); k++) {
            if (store.finished(k)) made++;
        }
        if (made == 0 && store.settledThrough() == 0) return;
        int all = run.lastSegment() - run.firstSegment() + 1;
        err.println("longshot: resuming from the checkpoint store " + work + ": " + made
                + " of " + all + " segment(s) made already");
        err.flush();
    }

    /** The segmenting {@code p} records, or empty for a video made in one piece. */
    static Optional<SegmentedGenerate> recorded(RunProvenance p,
            RunRequest run, Path target, Path work) {
        try {
            return SegmentedRun.recorded(p).map(r -> new SegmentedGenerate(run, target, work,
                    r.range(), r.segmentSeconds()));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
