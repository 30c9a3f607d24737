package dev.longshot.cli;

import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.GenerationLog;
import dev.longshot.director.JsonGenerationLog;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.QueuedSink;
import dev.longshot.director.RunProvenance;
import dev.longshot.director.RunReport;
import dev.longshot.director.Stages;
import dev.longshot.director.VideoSink;
import dev.longshot.director.WindowMemory;
import dev.longshot.media.handoff.BurnInSink;
import dev.longshot.media.handoff.PassSink;
import dev.longshot.media.handoff.PrevisHandoff;
import dev.longshot.media.provenance.LabelledVideoWriter;
import dev.longshot.media.provenance.ProvenanceMetadata;
import dev.longshot.media.provenance.RunProvenances;
import dev.longshot.media.provenance.c2pa.SigningIdentity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A labelled video made in one pass, first frame to last, in this process: what {@code replay}
 * of an unsegmented video and {@code generate --passes} use. A crash loses it; segmented runs
 * ({@link SegmentedGenerate}) do not.
 */
final class SinglePassVideo {
    private SinglePassVideo() {}

    /** A finished video's report and the provenance it records. */
    record Rendered(RunReport report, RunProvenance provenance) {}

    /**
     * The video, labelled and watermarked, its provenance in the metadata and whole in the
     * generation log beside it.
     */
    static Rendered render(RunRequest run, Path target, ProgressListener progress)
            throws IOException {
        return render(run, target, progress, AudioChoice.DEFAULT);
    }

    /** As above, with the soundtrack asked for. */
    static Rendered render(RunRequest run, Path target, ProgressListener progress,
            AudioChoice audio) throws IOException {
        return render(run, target, progress, audio, null);
    }

    /** As above, and the previs hand-off in {@code previs} when not null. */
    static Rendered render(RunRequest run, Path target, ProgressListener progress,
            AudioChoice audio, Path previs) throws IOException {
        return render(run, target, progress, audio, previs, null);
    }

    /**
     * As above, the C2PA manifest signed by {@code signer} ({@code null}: this installation's
     * own key, made on first use).
     */
    static Rendered render(RunRequest run, Path target, ProgressListener progress,
            AudioChoice audio, Path previs, SigningIdentity signer) throws IOException {
        DirectorConfig config = run.config();
        Path logFile = JsonGenerationLog.besideVideo(target);
        try (StemFiles stems = audio.stems() == null ? null
                    : new StemFiles(audio.stems(), Stages.AUDIO_SAMPLE_RATE);
                Stages all = Stages.defaults(config, run.validation())) {
            Stages stages = all.withSound(audio.generator(config, stems));
            // frames beyond the window's heap budget wait beside the video (same disk, and not
            // a /tmp that may be memory)
            Director director = new Director(config, stages, run.validation()).withWindowMemory(
                    WindowMemory.spillingTo(target.toAbsolutePath().getParent()));
            RunProvenance provenance = RunProvenances.of(Version.build(), run.storyboard(),
                    run.bytes(), config, run.validation(), run.label(), run.burnIn(), stages);
            // The generation log is written like the video: under a temporary name, moved
            // into place only when the video is, deleted on failure. The labelled writer is
            // opened, fed, marked and finished on the encoder thread, beside rendering.
            Map<String, String> metadata = ProvenanceMetadata.of(Version.current(),
                    run.storyboard(), provenance);
            try (JsonGenerationLog log = new JsonGenerationLog(logFile, provenance);
                    PrevisHandoff handoff = previs == null ? null : new PrevisHandoff(previs);
                    QueuedSink sink = QueuedSink.opening(() -> LabelledVideoWriter.open(target,
                            director.format(), metadata, run.label(), signer), director.format())) {
                GenerationLog logs = handoff == null ? log : GenerationLog.both(log, handoff);
                VideoSink frames = sink;
                if (run.burnIn()) {
                    BurnInSink burn = new BurnInSink(sink);
                    logs = GenerationLog.both(logs, burn);
                    frames = burn;
                }
                if (handoff != null) { // passes leave the frames before anything redraws them
                    PassSink passes = handoff.passes(frames);
                    logs = GenerationLog.both(logs, passes);
                    frames = passes;
                }
                RunReport report = director.run(run.storyboard(), frames, progress, logs);
                sink.finish();
                if (handoff != null) handoff.finish(target);
                if (stems != null) stems.finish(run.storyboard().totalSeconds());
                log.finish();
                return new Rendered(report, provenance);
            }
        }
    }
}
