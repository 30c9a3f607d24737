package dev.longshot.media.segments;

import dev.longshot.audio.StemSink;
import dev.longshot.director.CheckpointStore;
import dev.longshot.director.Director;
import dev.longshot.director.WindowMemory;
import dev.longshot.director.JsonGenerationLog;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.QueuedSink;
import dev.longshot.director.RunFingerprint;
import dev.longshot.director.RunProvenance;
import dev.longshot.director.RunReport;
import dev.longshot.director.SegmentRun;
import dev.longshot.director.Stages;
import dev.longshot.media.encode.RecorderSettings;
import dev.longshot.media.handoff.PrevisHandoff;
import dev.longshot.media.provenance.LabelledVideoWriter;
import dev.longshot.media.provenance.ProvenanceMetadata;
import dev.longshot.media.provenance.RunProvenances;
import dev.longshot.media.provenance.c2pa.SigningIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A video made in fixed segments kept in a checkpoint store, opened: the store locked and
 * checked against the run's fingerprint (a store made for another storyboard or other options
 * is refused, naming what changed, unless restarting), what a dead run left half-written
 * beside the output deleted. The missing segments are then made in this process
 * ({@link #render}: from the latest settled segment start, as {@code generate --resume}) or by
 * workers ({@link ParallelSegments}), and the file is joined from the segments asked for
 * ({@link #join}), labelled, watermarked and sealed like any other.
 */
public final class SegmentedRun implements AutoCloseable {
    /** Seconds {@code from} … {@code to − 1} of the video, on the segment grid. */
    public record Range(int from, int to) {}

    /**
     * What a segmented run made: its report (empty when every segment was already finished
     * and only the join was left) and the provenance the video records.
     */
    public record Made(Optional<RunReport> report, RunProvenance provenance) {}

    /** Role of the provenance component that says a video was made in segments. */
    public static final String ROLE = "segments";

    private final SegmentedVideo video;
    private final Path target;
    private final Range range;
    private final Stages owned; // closed with the run; the director's share its frames
    private final Director director;
    private final RunProvenance provenance;
    private final Map<String, String> metadata;
    private final CheckpointStore store;
    private final SideOutputs side; // asked for: the run goes through the range's end

    private SegmentedRun(SegmentedVideo video, Path target, Range range, Stages owned,
            Stages stages, RunProvenance provenance, CheckpointStore store, Path work,
            SideOutputs side) {
        this.video = video;
        this.side = side;
        this.target = target;
        this.range = range;
        this.owned = owned;
        // frames beyond the window's heap budget wait in the store, beside the segments
        this.director = new Director(video.config(), stages, video.validation())
                .withWindowMemory(WindowMemory.spillingTo(work));
        this.provenance = provenance;
        this.metadata = ProvenanceMetadata.of(video.build().version(), video.storyboard(),
                provenance);
        this.store = store;
    }

    /** The default store of {@code target}: a hidden directory beside it. */
    public static Path defaultWork(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".longshot");
    }

    /**
     * Opens the store in {@code work} for making seconds {@code range} of {@code video} into
     * {@code target}.
     *
     * @param restart forget what the store holds
     * @throws CheckpointStore.Mismatch when the store was made for another run
     * @throws CheckpointStore.Busy     when another run holds it
     */
    public static SegmentedRun open(SegmentedVideo video, Path target, Path work, Range range,
            boolean restart) throws IOException {
        return open(video, target, work, range, restart, SideOutputs.NONE);
    }

    /** As above, writing {@code side} too, for every second through the range's end. */
    public static SegmentedRun open(SegmentedVideo video, Path target, Path work, Range range,
            boolean restart, SideOutputs side) throws IOException {
        StemSink stems = side.stems();
        int l = video.segmentSeconds();
        if (range.from() % l != 0 || range.from() >= range.to()
                || range.to() > video.storyboard().totalSeconds()) {
            throw new IllegalArgumentException("range " + range + " is not on the segment grid");
        }
        Stages all = Stages.defaults(video.config(), video.validation());
        try {
            Stages stages = all.withSound(video.soundGenerator(
                    stems == null ? StemSink.NONE : stems));
            RunProvenance base = RunProvenances.of(video.build(), video.storyboard(),
                    video.bytes(), video.config(), video.validation(), video.label(),
                    video.burnIn(), stages);
            // The store serves every range of the run: the range is not in its fingerprint
            RunFingerprint fingerprint = RunFingerprint.of(base, l);
            CheckpointStore store = CheckpointStore.open(work, fingerprint, l, restart);
            try {
                SegmentedRun run = new SegmentedRun(video, target, range, all, stages,
                        withSegments(base, range, l), store, work, side);
                run.deleteStalePartials();
                return run;
            } catch (IOException | RuntimeException e) {
                store.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            all.close();
            throw e;
        }
    }

    /** What opening the store found broken and forgot, one line each. */
    public List<String> discarded() {
        return store.discarded();
    }

    /** The store, locked by this run. */
    public CheckpointStore store() {
        return store;
    }

    /** The video's container metadata (a worker's segments carry it too). */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** The provenance the video records. */
    public RunProvenance provenance() {
        return provenance;
    }

    public SegmentedVideo video() {
        return video;
    }

    /** The first segment asked for. */
    public int firstSegment() {
        return range.from() / video.segmentSeconds();
    }

    /** The last segment asked for. */
    public int lastSegment() {
        return (range.to() - 1) / video.segmentSeconds();
    }

    /**
     * Makes the missing segments in this process, from the latest settled segment start, and
     * joins the file; the generation log beside it holds the seconds this run made.
     */
    public Made render(ProgressListener progress, SigningIdentity signer) throws IOException {
        int segments = video.segmentSeconds();
        int firstSeg = firstSegment();
        int lastSeg = lastSegment();
        int missing = firstSeg;
        while (missing <= lastSeg && store.finished(missing)) missing++;
        try (QueuedSink sink = QueuedSink.opening(() -> LabelledVideoWriter.openSegmented(target,
                director.format(), metadata, video.label(), signer, store, firstSeg, lastSeg),
                director.format())) {
            if (missing > lastSeg && !side.any()) { // every segment made: only the join is left
                sink.finish();
                return new Made(Optional.empty(), provenance);
            }
            // stems and hand-off need the whole run: the last segment drawn, not encoded
            if (missing > lastSeg) missing = lastSeg;
            int settled = store.settledThrough();
            int start = Math.min(missing * segments, settled - settled % segments);
            int last = lastSeg;
            while (!side.any() && last > missing && store.finished(last)) last--;
            SegmentRun segmentRun = new SegmentRun(segments, start, video.endOf(last),
                    store.journal(), store::settle);
            // The log holds the seconds this run makes (not those made before it).
            try (JsonGenerationLog log = new JsonGenerationLog(
                    JsonGenerationLog.besideVideo(target), provenance);
                    PrevisHandoff previs = side.previs() == null ? null
                            : new PrevisHandoff(side.previs())) {
                FramePath path = FramePath.of(video, sink, log, previs);
                RunReport report = director.run(video.storyboard(), path.frames(), progress,
                        path.log(), segmentRun);
                sink.finish();
                if (previs != null) previs.finish(target);
                log.finish();
                return new Made(Optional.of(report), provenance);
            }
        }
    }

    /** Joins the file from the segments asked for, which must all be finished. */
    public Made join(SigningIdentity signer) throws IOException {
        for (int k = firstSegment(); k <= lastSegment(); k++) {
            if (!store.finished(k)) throw new IllegalStateException("segment " + k + " missing");
        }
        try (var sink = LabelledVideoWriter.openSegmented(target, director.format(), metadata,
                video.label(), signer, store, firstSegment(), lastSegment())) {
            sink.finish();
        }
        return new Made(Optional.empty(), provenance);
    }

    @Override
    public void close() throws IOException {
        try {
            store.close();
        } finally {
            owned.close();
        }
    }

    /** {@code p} with the segmenting recorded, so that {@code replay} makes it the same way. */
    private static RunProvenance withSegments(RunProvenance p, Range range, int segments) {
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

    /**
     * The segment length and range {@code p} records, or empty for a video made in one piece.
     *
     * @throws IllegalArgumentException when the recorded segmenting is unreadable
     */
    public static Optional<Recorded> recorded(RunProvenance p) {
        for (RunProvenance.Component c : p.components()) {
            if (!c.role().equals(ROLE)) continue;
            try {
                Map<String, String> s = c.settings();
                return Optional.of(new Recorded(Integer.parseInt(s.get("seconds")),
                        new Range(Integer.parseInt(s.get("from")), Integer.parseInt(s.get("to")))));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("the recorded segments are unreadable: "
                        + c.settings(), e);
            }
        }
        return Optional.empty();
    }

    /** The segmenting a video records. */
    public record Recorded(int segmentSeconds, Range range) {}

    /**
     * Deletes what a killed run left beside the output: its video's and log's temporary
     * files (the store's lock says no other run is making them).
     */
    private void deleteStalePartials() throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String videoPrefix = "." + target.getFileName() + ".";
        String log = "." + JsonGenerationLog.besideVideo(target).getFileName() + ".";
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = String.valueOf(p.getFileName());
                boolean temporary = n.endsWith(".partial") || n.endsWith(".tmp");
                if (temporary && (n.startsWith(videoPrefix) || n.startsWith(log))) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
