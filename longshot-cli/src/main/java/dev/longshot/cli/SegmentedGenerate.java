package dev.longshot.cli;

import dev.longshot.director.CheckpointStore;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.RunProvenance;
import dev.longshot.media.provenance.c2pa.SigningIdentity;
import dev.longshot.media.segments.SegmentedRun;
import dev.longshot.media.segments.SegmentedVideo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code generate --resume}, {@code --restart} and {@code --from/--to}: the video made in
 * fixed segments kept in a checkpoint store ({@code --work DIR}, by default
 * {@code .OUT.mp4.longshot/} beside the output), in this process (see {@link SegmentedRun}).
 * A store made for another storyboard or other options is refused, naming what changed,
 * unless {@code --restart}.
 *
 * @param run      what the video is made from
 * @param target   the output file
 * @param work     the checkpoint store's directory
 * @param range    the seconds asked for, {@code [from, to)}
 * @param segments segment length, seconds
 */
record SegmentedGenerate(GenerateCommand.RunRequest run, Path target, Path work,
        SegmentedRun.Range range, int segments) {

    /** The default store of {@code target}: a hidden directory beside it. */
    static Path defaultWork(Path target) {
        return SegmentedRun.defaultWork(target);
    }

    /** Makes the video. */
    SegmentedRun.Made render(ProgressListener progress, GenerateCommand.AudioChoice audio,
            SigningIdentity signer, boolean restart, PrintWriter err) throws IOException {
        try (SegmentedRun segmented = open(video(run, audio, segments), target, work, range,
                restart, err)) {
            return segmented.render(progress, signer);
        }
    }

    /** What a segmented video is made from, as the command line asked. */
    static SegmentedVideo video(GenerateCommand.RunRequest run, GenerateCommand.AudioChoice audio,
            int segments) {
        return new SegmentedVideo(run.storyboard(), run.bytes(), run.config(), run.validation(),
                run.label(), audio.on(), audio.loudness(), segments, Version.build());
    }

    /**
     * Opens the store for a run, saying what it found broken; a store made for another run or
     * held by another is the user's to sort out (exit 2).
     */
    public static SegmentedRun open(SegmentedVideo video, Path target, Path work,
            SegmentedRun.Range range, boolean restart, PrintWriter err) throws IOException {
        SegmentedRun segmented;
        try {
            segmented = SegmentedRun.open(video, target, work, range, restart);
        } catch (CheckpointStore.Mismatch | CheckpointStore.Busy e) {
            throw new UserError(e.getMessage(), e);
        }
        segmented.discarded().forEach(d -> err.println("longshot: " + d));
        err.flush();
        return segmented;
    }

    /** The segmenting {@code p} records, or empty for a video made in one piece. */
    static Optional<SegmentedGenerate> recorded(RunProvenance p,
            GenerateCommand.RunRequest run, Path target, Path work) {
        try {
            return SegmentedRun.recorded(p).map(r -> new SegmentedGenerate(run, target, work,
                    r.range(), r.segmentSeconds()));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
