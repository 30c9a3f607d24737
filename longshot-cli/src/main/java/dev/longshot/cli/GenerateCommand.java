package dev.longshot.cli;

import dev.longshot.audio.Silence;
import dev.longshot.audio.SoundGenerator;
import dev.longshot.audio.WorldSound;
import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.FrameProjection;
import dev.longshot.director.JsonGenerationLog;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.QueuedSink;
import dev.longshot.director.RunProvenance;
import dev.longshot.director.RunReport;
import dev.longshot.director.Stages;
import dev.longshot.director.ValidationConfig;
import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoSink;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.media.provenance.LabelledVideoWriter;
import dev.longshot.media.provenance.ProvenanceMetadata;
import dev.longshot.media.provenance.RunProvenances;
import dev.longshot.plan.StoryReader;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longshot generate}: storyboard in, labelled MP4 out. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Make a video from a storyboard (one line per second).")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORYBOARD", description = "Storyboard (.txt or .json).")
    Path storyboardFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.mp4",
            description = "Video file to write (MP4).")
    Path output;

    @Mixin
    FpsMixin fpsOption;

    @Mixin
    FrameSizeMixin sizeOption;

    @Mixin
    SeedMixin seedOption;

    @Option(names = "--codec", defaultValue = "h264", paramLabel = "h264|h265|av1",
            description = "Video codec (default: h264).")
    String codec;

    @Option(names = "--projection", defaultValue = "perspective",
            paramLabel = "perspective|equirect",
            description = "perspective (default) or equirect: a 360° video; needs width ="
                    + " 2 x height, e.g. --size 3840x1920.")
    String projection;

    @Option(names = "--threads", paramLabel = "N",
            description = "Render threads (default: one per core). Never changes the pixels.")
    Integer threads;

    @Option(names = "--visible-label", defaultValue = "both", paramLabel = "corner|slate|both|none",
            description = "Visible AI-generated label: a slate over the first 2 s, a corner label,"
                    + " both (default) or none. The invisible watermark and metadata are always"
                    + " written.")
    String visibleLabel;

    @Option(names = "--strictness", defaultValue = "0.7", paramLabel = "0..1",
            description = "How strictly the world's rules are held, 0 (loose) … 1 (tight);"
                    + " scales every validator's tolerance (default: 0.7).")
    double strictness;

    @Option(names = "--audio", defaultValue = "on", paramLabel = "on|off",
            description = "on (default): a stereo soundtrack synthesised from the world;"
                    + " off: the video has no audio stream.")
    String audio;

    @Option(names = "--loudness", defaultValue = "-16", paramLabel = "LUFS",
            description = "Integrated loudness the soundtrack aims at, LUFS (default: -16;"
                    + " -23 for broadcast). True peak stays at or below -1 dBTP.")
    double loudness;

    @Option(names = "--stems", paramLabel = "DIR",
            description = "Also write each layer of the soundtrack (wind, rain, thunder …) as a"
                    + " stereo 32-bit float WAV in DIR, before mixing.")
    Path stemsDir;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
    boolean quiet;

    @Option(names = "--strict", description = "Refuse the storyboard if any word is not shown.")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        DirectorConfig config = config();
        checkAudioOptions();
        LabelMode label = labelMode();
        byte[] bytes = StoryboardFiles.readBytes(storyboardFile);
        Storyboard storyboard = StoryboardParser.parse(storyboardFile.toString(), bytes);
        ReadingReport reading = new ReadingReport(storyboard, StoryReader.bundled());
        reading.check(strict);
        Path target = OutputFiles.checkWritable(output, ".mp4");
        if (!quiet) reading.print(spec.commandLine().getErr());
        ValidationConfig validation = validation();
        ProgressListener progress = quiet ? ProgressListener.NONE
                : new ProgressBar(System.err, output.getFileName().toString());
        long start = System.nanoTime();
        RunReport report = render(new RunRequest(storyboard, bytes, config, validation, label),
                target, progress, new AudioChoice(audio.equals("on"), loudness, stemsDir))
                .report();
        Path logFile = JsonGenerationLog.besideVideo(target);
        if (!quiet) summary(report, (System.nanoTime() - start) / 1e9, config, logFile);
        return ExitCode.OK;
    }

    /**
     * What one labelled video is made from.
     *
     * @param storyboard the parsed storyboard
     * @param bytes      its file's bytes (recorded in the provenance)
     * @param config     the director's configuration
     * @param validation the validation configuration, the one source of strictness
     * @param label      the visible label
     */
    record RunRequest(Storyboard storyboard, byte[] bytes, DirectorConfig config,
            ValidationConfig validation, LabelMode label) {}

    /**
     * The soundtrack asked for.
     *
     * @param on       the world's sound; false: no audio stream ({@code --audio off})
     * @param loudness integrated loudness target, LUFS
     * @param stems    where to write each layer as a WAV, or null
     */
    record AudioChoice(boolean on, double loudness, Path stems) {
        static final AudioChoice DEFAULT =
                new AudioChoice(true, WorldSound.DEFAULT_LOUDNESS, null);

        SoundGenerator generator(DirectorConfig config, StemFiles files) {
            if (!on) return Silence.none(Stages.AUDIO_SAMPLE_RATE);
            // A 360° video gets first-order AmbiX, which its player turns with the view.
            WorldSound w = WorldSound.forProjection(config.seed(), Stages.AUDIO_SAMPLE_RATE,
                    loudness, config.projection() == FrameProjection.EQUIRECT);
            return files == null ? w : w.withStems(files);
        }
    }

    /** A finished video's report and the provenance it records. */
    record Rendered(RunReport report, RunProvenance provenance) {}

    /**
     * The one path every video takes ({@code generate} and {@code replay}): labelled,
     * watermarked, its provenance in the metadata and whole in the generation log beside it.
     */
    static Rendered render(RunRequest run, Path target, ProgressListener progress)
            throws IOException {
        return render(run, target, progress, AudioChoice.DEFAULT);
    }

    /** As above, with the soundtrack asked for. */
    static Rendered render(RunRequest run, Path target, ProgressListener progress,
            AudioChoice audio) throws IOException {
        DirectorConfig config = run.config();
        Path logFile = JsonGenerationLog.besideVideo(target);
        try (StemFiles stems = audio.stems() == null ? null
                    : new StemFiles(audio.stems(), Stages.AUDIO_SAMPLE_RATE);
                Stages all = Stages.defaults(config, run.validation())) {
            Stages stages = all.withSound(audio.generator(config, stems));
            Director director = new Director(config, stages, run.validation());
            RunProvenance provenance = RunProvenances.of(Version.build(), run.storyboard(),
                    run.bytes(), config, run.validation(), run.label(), stages);
            // The generation log is written like the video: under a temporary name, moved
            // into place only when the video is, deleted on failure. The labelled writer is
            // opened, fed, marked and finished on the encoder thread, beside rendering.
            Map<String, String> metadata = ProvenanceMetadata.of(Version.current(),
                    run.storyboard(), provenance);
            try (JsonGenerationLog log = new JsonGenerationLog(logFile, provenance);
                    QueuedSink sink = QueuedSink.opening(() -> LabelledVideoWriter.open(target,
                            director.format(), metadata, run.label()), director.format())) {
                RunReport report = director.run(run.storyboard(), sink, progress, log);
                sink.finish();
                if (stems != null) stems.finish(run.storyboard().totalSeconds());
                log.finish();
                return new Rendered(report, provenance);
            }
        }
    }

    private void checkAudioOptions() {
        if (!audio.equals("on") && !audio.equals("off")) {
            throw new UserError("--audio " + audio + ": must be on or off");
        }
        if (!(loudness >= -60 && loudness <= -5)) {
            throw new UserError("--loudness " + loudness + ": must be -60 … -5 LUFS");
        }
        if (stemsDir != null && audio.equals("off")) {
            throw new UserError("--stems needs --audio on");
        }
    }

    private LabelMode labelMode() {
        LabelMode mode;
        try {
            mode = LabelMode.fromId(visibleLabel);
        } catch (IllegalArgumentException e) {
            throw new UserError("--visible-label: " + e.getMessage(), e);
        }
        if (mode == LabelMode.NONE) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("longshot: warning: --visible-label none: viewers will not see that this"
                    + " video is AI-generated; the invisible watermark and the metadata still say"
                    + " so. Where the law requires a visible label (e.g. China, GB 45438-2025),"
                    + " publishing it unlabelled is your responsibility.");
            err.flush();
        }
        return mode;
    }

    private DirectorConfig config() {
        if (threads != null && threads < 1) throw new UserError("--threads must be at least 1");
        SizeOption size = sizeOption.size().requireWatermarkable("--size");
        try {
            return new DirectorConfig(size.width(), size.height(), fpsOption.fps(),
                    seedOption.seed(),
                    VideoCodec.fromId(codec),
                    threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                    FrameProjection.fromId(projection));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private ValidationConfig validation() {
        try {
            return ValidationConfig.defaults().withStrictness(strictness);
        } catch (IllegalArgumentException e) {
            throw new UserError("--strictness: " + e.getMessage(), e);
        }
    }

    private void summary(RunReport r, double seconds, DirectorConfig c, Path logFile) {
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT,
                "wrote %s: %d s, %d frames, %dx%d @ %d fps, %s, %d scene(s), %d violation(s);"
                        + " %.1f s (%.1f fps)%n",
                output, r.seconds(), r.frames(), c.width(), c.height(), c.fps(), c.codec().id(),
                r.scenes(), r.violationCount(), seconds, r.frames() / seconds);
        r.violations().stream().limit(5).forEach(v -> err.println("  " + v));
        err.printf(Locale.ROOT, "validation: %s; log %s%n", r.validationSummary(),
                logFile.getFileName());
        ShownLines.printWarnings(err, r);
        err.flush();
    }
}
