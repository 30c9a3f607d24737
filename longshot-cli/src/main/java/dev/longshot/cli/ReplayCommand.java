package dev.longshot.cli;

import dev.longshot.director.JsonGenerationLog;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.RunProvenance;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.media.provenance.RunProvenances;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code longshot replay}: makes a video again from its own provenance record and says whether
 * the decoded frames are the same. Exit 0 identical, 1 different (the first differing frame is
 * named), 2 when the input is unreadable or this build's resources differ from the recorded ones.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Make a video again from its provenance and compare the decoded frames.",
            "Reads the record from the video's metadata, or from its generation log (*.log.json)",
            "beside it. Exit 0: identical; 1: the frames differ; 2: bad input, or a resource",
            "of this build (catalog, idioms, places, text model, label mask) differs from the record."})
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VIDEO|LOG",
            description = "A video made by longshot (MP4) or its generation log (*.log.json).")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.mp4",
            description = "Keep the re-rendered video here (default: a temporary file, deleted).")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        RecordedRun recorded = RecordedRun.read(input);
        RunProvenance record = recorded.provenance();
        BuildCheck.requireSameResources(record, RunProvenances.resources(),
                RecordedRun.nameOf(recorded.video()));
        RunRequest request = request(record);
        Path temp = output == null ? Files.createTempDirectory("longshot-replay-") : null;
        try {
            Path target = temp != null ? temp.resolve("replay.mp4") : checkedOutput(recorded);
            ProgressListener progress = quiet ? ProgressListener.NONE
                    : new ProgressBar(System.err, "replay");
            SinglePassVideo.Rendered again = render(record, request, target, progress);
            PrintWriter out = spec.commandLine().getOut();
            for (String note : BuildCheck.notes(record, again.provenance())) {
                out.println("note: " + note);
            }
            FrameComparison cmp = FrameComparison.of(recorded.video(), target);
            report(out, recorded, cmp);
            return cmp.identical() ? ExitCode.OK : ExitCode.NEGATIVE;
        } finally {
            if (temp != null) deleteTemp(temp);
        }
    }

    /**
     * Makes the video again as it was made: in one piece, or in the segments it records
     * (through a checkpoint store of its own, deleted afterwards).
     */
    private SinglePassVideo.Rendered render(RunProvenance record,
            RunRequest request, Path target, ProgressListener progress)
            throws IOException {
        Path work = Files.createTempDirectory("longshot-replay-store-");
        try {
            var segmented = SegmentedGenerate.recorded(record, request, target, work);
            if (segmented.isEmpty()) return SinglePassVideo.render(request, target, progress);
            var made = segmented.get().render(progress, AudioChoice.DEFAULT,
                    null, true, spec.commandLine().getErr());
            return new SinglePassVideo.Rendered(made.report().orElseThrow(), made.provenance());
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(work);
        }
    }

    /** The recorded run as a request for the normal labelled path. */
    private static RunRequest request(RunProvenance record) {
        byte[] bytes = record.storyboard().bytes();
        Storyboard storyboard = StoryboardParser.parse(record.storyboard().name(), bytes);
        if (!storyboard.sha256().equals(record.storyboard().sha256())) {
            throw new UserError("the recorded storyboard's text does not match its recorded"
                    + " sha256 " + record.storyboard().sha256());
        }
        LabelMode label;
        String recorded = record.labelMode();
        boolean burnIn = recorded.endsWith(RunProvenances.BURN_IN);
        try {
            label = LabelMode.fromId(burnIn
                    ? recorded.substring(0, recorded.length() - RunProvenances.BURN_IN.length())
                    : recorded);
        } catch (IllegalArgumentException e) {
            throw new UserError("recorded " + e.getMessage(), e);
        }
        return new RunRequest(storyboard, bytes, record.config(),
                record.validation(), label, burnIn);
    }

    private Path checkedOutput(RecordedRun recorded) throws IOException {
        Path target = OutputFiles.checkWritable(output, ".mp4");
        if (Files.exists(target) && Files.isSameFile(target, recorded.video())) {
            throw new UserError(output + ": is the video being replayed; choose another -o");
        }
        return target;
    }

    private void report(PrintWriter out, RecordedRun recorded, FrameComparison cmp) {
        String video = recorded.video().toString();
        if (cmp.identical()) {
            out.println("identical: " + cmp.frames() + " decoded frames of " + video
                    + " match the replay (record from " + recorded.recordFrom().getFileName()
                    + ")");
        } else {
            out.println("differ: " + video + " and its replay first differ at frame "
                    + cmp.firstDiff() + " (" + cmp.reason() + "); " + cmp.frames()
                    + " frames before it match");
        }
        out.flush();
    }

    private static void deleteTemp(Path dir) throws IOException {
        Path video = dir.resolve("replay.mp4");
        Files.deleteIfExists(JsonGenerationLog.besideVideo(video));
        Files.deleteIfExists(video);
        Files.deleteIfExists(dir);
    }
}
