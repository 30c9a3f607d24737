package dev.longshot.cli;

import dev.longshot.director.CheckpointStore;
import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.JsonGenerationLog;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.QueuedSink;
import dev.longshot.director.RunFingerprint;
import dev.longshot.director.RunProvenance;
import dev.longshot.director.RunReport;
import dev.longshot.director.SegmentRun;
import dev.longshot.director.Stages;
import dev.longshot.director.WindowMemory;
import dev.longshot.media.encode.RecorderSettings;
import dev.longshot.media.provenance.LabelledVideoWriter;
import dev.longshot.media.provenance.ProvenanceMetadata;
import dev.longshot.media.provenance.RunProvenances;
import dev.longshot.media.provenance.c2pa.SigningIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code generate --resume}, {@code --restart} and {@code --from/--to}: the video made in
 * fixed segments kept in a checkpoint store ({@code --work DIR}, by default
 * {@code .OUT.mp4.longshot/} beside the output). Only the segments the store does not hold
 * finished are made, starting from the latest settled segment start; the file is then joined
 * from the segments asked for. A store made for another storyboard or other options is
 * refused, naming what changed, unless {@code --restart}.
 *
 * @param run      what the video is made from
 * @param target   the output file
 * @param work     the checkpoint store's directory
 * @param range    the seconds asked for, {@code [from, to)}
 * @param segments segment length, seconds
 */
record SegmentedGenerate(GenerateCommand.RunRequest run, Path target, Path work, Range range,
        int segments) {
    /** Seconds {@code from} … {@code to − 1} of the video. */
    record Range(int from, int to) {}

    /** The default store of {@code target}: a hidden directory beside it. */
    static Path defaultWork(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".longshot");
    }

    /**
     * What a segmented run made: its report (empty when every segment was already finished
     * and only the join was left) and the provenance the video records.
     */
    record Made(Optional<RunReport> report, RunProvenance provenance) {}

    /** Makes the video. */
    Made render(ProgressListener progress, GenerateCommand.AudioChoice audio,
            SigningIdentity signer, boolean restart, PrintWriter err) throws IOException {
        DirectorConfig config = run.config();
        int total = run.storyboard().totalSeconds();
        int firstSeg = range.from() / segments;
        int lastSeg = (range.to() - 1) / segments;
        try (Stages all = Stages.defaults(config, run.validation())) {
            Stages stages = all.withSound(audio.generator(config, null));
            // frames beyond the window's heap budget wait in the store, beside the segments
            Director director = new Director(config, stages, run.validation())
                    .withWindowMemory(WindowMemory.spillingTo(work));
            RunProvenance base = RunProvenances.of(Version.build(), run.storyboard(),
                    run.bytes(), config, run.validation(), run.label(), false, stages);
            // The store serves every range of the run: the range is not in its fingerprint
            RunFingerprint fingerprint = RunFingerprint.of(base, segments);
            RunProvenance provenance = withSegments(base);
            Map<String, String> metadata = ProvenanceMetadata.of(Version.current(),
                    run.storyboard(), provenance);
            try (CheckpointStore store = openStore(fingerprint, restart)) {
                store.discarded().forEach(d -> err.println("longshot: " + d));
                deleteStalePartials();
                int missing = firstSeg;
                while (missing <= lastSeg && store.finished(missing)) missing++;
                try (QueuedSink sink = QueuedSink.opening(() -> LabelledVideoWriter
                        .openSegmented(target, director.format(), metadata, run.label(), signer,
                                store, firstSeg, lastSeg), director.format())) {
                    if (missing > lastSeg) { // every segment finished: only the join is left
                        sink.finish();
                        return new Made(Optional.empty(), provenance);
                    }
                    int settled = store.settledThrough();
                    int start = Math.min(missing * segments, settled - settled % segments);
                    int last = lastSeg;
                    while (last > missing && store.finished(last)) last--;
                    SegmentRun segmentRun = new SegmentRun(segments, start,
                            Math.min(total, (last + 1) * segments), store.journal(),
                            store::settle);
                    // The log holds the seconds this run makes (not those made before it).
                    try (JsonGenerationLog log = new JsonGenerationLog(
                            JsonGenerationLog.besideVideo(target), provenance)) {
                        RunReport report = director.run(run.storyboard(), sink, progress, log,
                                segmentRun);
                        sink.finish();
                        log.finish();
                        return new Made(Optional.of(report), provenance);
                    }
                }
            }
        }
    }

    /** Role of the provenance component that says a video was made in segments. */
    static final String ROLE = "segments";

    /** {@code p} with the segmenting recorded, so that {@code replay} makes it the same way. */
    private RunProvenance withSegments(RunProvenance p) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("seconds", Integer.toString(segments));
        settings.put("from", Integer.toString(range.from()));
        settings.put("to", Integer.toString(range.to()));
        settings.put("fences", "no rollback across a segment start; validators restart there");
        settings.put("encoder", "key frames every " + RecorderSettings.GOP_SECONDS
                + " s and at each segment start, no scene cuts, closed GOP; joined by"
                + " stream copy, sound encoded once");
        List<RunProvenance.Component> components = new ArrayList<>(p.components());
        components.add(new RunProvenance.Component(ROLE, SegmentRun.class.getName(),
                p.build().version(), settings));
        return new RunProvenance(p.build(), p.config(), p.validation(), p.labelMode(),
                components, p.resources(), p.storyboard());
    }

    /** The segmenting {@code p} records, or empty for a video made in one piece. */
    static Optional<SegmentedGenerate> recorded(RunProvenance p,
            GenerateCommand.RunRequest run, Path target, Path work) {
        for (RunProvenance.Component c : p.components()) {
            if (!c.role().equals(ROLE)) continue;
            try {
                Map<String, String> s = c.settings();
                return Optional.of(new SegmentedGenerate(run, target, work,
                        new Range(Integer.parseInt(s.get("from")), Integer.parseInt(s.get("to"))),
                        Integer.parseInt(s.get("seconds"))));
            } catch (RuntimeException e) {
                throw new UserError("the recorded segments are unreadable: " + c.settings(), e);
            }
        }
        return Optional.empty();
    }

    private CheckpointStore openStore(RunFingerprint fingerprint, boolean restart)
            throws IOException {
        try {
            return CheckpointStore.open(work, fingerprint, segments, restart);
        } catch (CheckpointStore.Mismatch | CheckpointStore.Busy e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /**
     * Deletes what a killed run left beside the output: its video's and log's temporary
     * files (the store's lock says no other run is making them).
     */
    private void deleteStalePartials() throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String video = "." + target.getFileName() + ".";
        String log = "." + JsonGenerationLog.besideVideo(target).getFileName() + ".";
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = String.valueOf(p.getFileName());
                boolean temporary = n.endsWith(".partial") || n.endsWith(".tmp");
                if (temporary && (n.startsWith(video) || n.startsWith(log))) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
