package dev.longshot.cli;

import dev.longshot.director.DirectorConfig;
import dev.longshot.director.FrameProjection;
import dev.longshot.director.JsonGenerationLog;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.RunReport;
import dev.longshot.director.Stages;
import dev.longshot.director.ValidationConfig;
import dev.longshot.director.VideoCodec;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.media.provenance.c2pa.SigningIdentity;
import dev.longshot.media.segments.SegmentedRun;
import dev.longshot.media.segments.SegmentedVideo;
import dev.longshot.media.segments.SideOutputs;
import dev.longshot.plan.StoryReader;
import dev.longshot.render.RenderExtras;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longshot generate}: storyboard in, labelled MP4 out. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Make a video from a storyboard (one line per second).",
                "The video is made in 10-s segments kept in a checkpoint store beside the output"
                        + " (.OUT.mp4.longshot), deleted once the video is made: run the same"
                        + " command again after a crash and it makes only what is missing."
                        + " With --passes it is still made in one pass, which a crash"
                        + " loses."})
public class GenerateCommand implements Callable<Integer> {
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
                    + " 2 x height, e.g. --size 3840x1920 (with --stereo top-bottom: width ="
                    + " height).")
    String projection;

    @Option(names = "--stereo", defaultValue = "none", paramLabel = "none|top-bottom",
            description = "With --projection equirect: top-bottom renders omni-directional"
                    + " stereo, the left eye above the right; needs width = height, e.g."
                    + " --size 4096x4096.")
    String stereo;

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

    @Option(names = "--previs", paramLabel = "DIR",
            description = "Also write the previs hand-off in DIR: the camera of every frame"
                    + " (camera.chan for Nuke, camera.json) and the shot list (shots.otio for"
                    + " OpenTimelineIO, shots.edl CMX3600).")
    Path previsDir;

    @Option(names = "--passes", paramLabel = "depth,ids,normals,motion", split = ",",
            description = "With --previs: also write these passes of every frame as PNG"
                    + " sequences in DIR/passes (16-bit depth, id matte with its catalog legend,"
                    + " world-space normals, motion vectors; see DIR/passes/passes.json).")
    List<String> passes = List.of();

    @Option(names = "--vfx-markers", description = "Stand black-and-white tracking markers on"
            + " the ground and on houses near the camera (off by default; recorded in the"
            + " provenance). With --previs their positions go in DIR/markers.json.")
    boolean vfxMarkers;

    @Option(names = "--burn-in", description = "Burn review text into every frame, top left:"
            + " SMPTE timecode, shot and storyboard line number, lens in mm.")
    boolean burnIn;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
    boolean quiet;

    @Option(names = "--strict", description = "Refuse the storyboard if any word is not shown.")
    boolean strict;

    @Option(names = "--signing-key", paramLabel = "KEY.pem",
            description = "Sign the video's C2PA manifest with this EC P-256 private key (PEM)"
                    + " instead of this installation's own key; needs --signing-cert.")
    Path signingKey;

    @Option(names = "--signing-cert", paramLabel = "CHAIN.pem",
            description = "The signing key's certificate, then the CAs that issued it (PEM).")
    Path signingCert;

    @Option(names = "--resume", description = "Make the video in 10-s segments kept in a"
            + " checkpoint store (--work) and make only what a previous, interrupted run of the"
            + " same command did not finish. A changed storyboard or option is refused.")
    boolean resume;

    @Option(names = "--restart", description = "As --resume, but forget the checkpoint store"
            + " and start over.")
    boolean restart;

    @Option(names = "--from", paramLabel = "HH:MM:SS", description = "Make an excerpt starting"
            + " here (rounded down to the 10-s segment grid); frame-identical to the same"
            + " seconds of the whole video, watermarked with their true timecode.")
    String from;

    @Option(names = "--to", paramLabel = "HH:MM:SS", description = "End the excerpt here"
            + " (rounded up to the segment grid; default: the end of the storyboard).")
    String to;

    @Option(names = "--work", paramLabel = "DIR", description = "The checkpoint store of a"
            + " segmented run (default: .OUT.mp4.longshot beside the output). An excerpt"
            + " given the whole video's store reuses its finished segments.")
    Path work;

    /** What a segmented run writes besides the video, while it runs. */
    private SideOutputs side = SideOutputs.NONE;

    /** Segment length; only tests change it (it is part of the store's fingerprint). */
    @Option(names = "--segment-seconds", hidden = true, defaultValue = "10")
    int segmentSeconds;

    @Override
    public Integer call() throws IOException {
        if (segmented()) return callSegmented(false);
        DirectorConfig config = config();
        if (!onePassOnly()) return callSegmented(true);
        checkAudioOptions();
        SigningIdentity signer = signer();
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
        Path previs = previsDir == null ? null : OutputFiles.checkWritableDir(previsDir);
        RunReport report = SinglePassVideo.render(
                new RunRequest(storyboard, bytes, config, validation, label, burnIn),
                target, progress, new AudioChoice(audio.equals("on"), loudness, stemsDir),
                previs, signer).report();
        Path logFile = JsonGenerationLog.besideVideo(target);
        if (!quiet) summary(report, (System.nanoTime() - start) / 1e9, config, logFile);
        return ExitCode.OK;
    }

    /**
     * Makes the segments of {@code range} missing from the store in {@code work} and joins
     * them into {@code target}: in this process, from the latest settled segment start
     * ({@link SegmentedGenerate}). {@code spark-generate} makes them as Spark tasks instead.
     */
    protected SegmentedRun.Made makeSegments(SegmentedVideo video, Path target, Path work,
            SegmentedRun.Range range, ProgressListener progress, SigningIdentity signer)
            throws IOException {
        try (SegmentedRun run = openStore(video, target, work, range)) {
            return run.render(progress, signer);
        }
    }

    /**
     * Opens the checkpoint store for a segmented run ({@code --restart}: forgets it first),
     * saying what it found broken; one made for another run, or in use, is a user error.
     */
    protected final SegmentedRun openStore(SegmentedVideo video, Path target, Path work,
            SegmentedRun.Range range) throws IOException {
        SegmentedRun run = SegmentedGenerate.open(video, target, work, range, restart, err(),
                side);
        if (!quiet) SegmentedGenerate.sayResumed(run, work, err());
        return run;
    }

    /** Whether segments are made in this process ({@code spark-generate}'s are not). */
    protected boolean rendersHere() {
        return true;
    }

    /** Where messages go (stderr). */
    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** {@code --quiet}. */
    protected final boolean quiet() {
        return quiet;
    }

    /** Whether this is a segmented run ({@code spark-generate}'s always are). */
    protected boolean segmented() {
        return resume || restart || from != null || to != null || work != null;
    }

    /** The default render threads: one per core. */
    protected int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Whether a plain {@code generate} keeps the single pass: for the options not yet made in
     * segments (the command's help says which).
     */
    private boolean onePassOnly() {
        return !passes.isEmpty();
    }

    /**
     * The video made in segments (see {@link SegmentedGenerate}): {@code --resume},
     * {@code --restart}, {@code --from/--to}, {@code --work}, or a plain run ({@code plain}),
     * whose store beside the output lives only until the video is made.
     */
    private Integer callSegmented(boolean plain) throws IOException {
        if (!passes.isEmpty()) {
            throw new UserError("--passes cannot be combined with"
                    + " --resume, --restart, --from, --to or --work yet");
        }
        boolean whole = stemsDir != null || previsDir != null;
        if (whole && (from != null || to != null)) {
            throw new UserError("--stems and --previs write the whole video's: not with"
                    + " --from/--to");
        }
        if (whole && !rendersHere()) {
            throw new UserError("--stems and --previs cannot be made by spark-generate yet");
        }
        if (segmentSeconds < 1) throw new UserError("--segment-seconds must be at least 1");
        DirectorConfig config = config();
        checkAudioOptions();
        SigningIdentity signer = signer();
        LabelMode label = labelMode();
        byte[] bytes = StoryboardFiles.readBytes(storyboardFile);
        Storyboard storyboard = StoryboardParser.parse(storyboardFile.toString(), bytes);
        ReadingReport reading = new ReadingReport(storyboard, StoryReader.bundled());
        reading.check(strict);
        Path target = OutputFiles.checkWritable(output, ".mp4");
        SegmentedRun.Range range = range(storyboard.totalSeconds());
        PrintWriter err = spec.commandLine().getErr();
        if (!quiet) reading.print(err);
        Path store = work != null ? work : SegmentedGenerate.defaultWork(target);
        ProgressListener progress = quiet ? ProgressListener.NONE
                : new ProgressBar(System.err, String.valueOf(target.getFileName()));
        long start = System.nanoTime();
        SegmentedVideo video = SegmentedGenerate.video(
                new RunRequest(storyboard, bytes, config, validation(), label, burnIn),
                new AudioChoice(audio.equals("on"), loudness, null), segmentSeconds);
        Path previs = previsDir == null ? null : OutputFiles.checkWritableDir(previsDir);
        Optional<RunReport> report;
        try (StemFiles files = stemsDir == null ? null
                : new StemFiles(stemsDir, Stages.AUDIO_SAMPLE_RATE)) {
            side = new SideOutputs(files, previs);
            report = plain ? SegmentedGenerate.once(store, err,
                    () -> makeSegments(video, target, store, range, progress, signer).report())
                    : makeSegments(video, target, store, range, progress, signer).report();
            if (files != null) files.finish(range.to());
        } finally {
            side = SideOutputs.NONE;
        }
        if (!quiet && report.isPresent()) {
            summary(report.get(), (System.nanoTime() - start) / 1e9, config,
                    JsonGenerationLog.besideVideo(target));
        } else if (!quiet) {
            err.println("wrote " + output + " from the finished segments in " + store);
            err.flush();
        }
        return ExitCode.OK;
    }

    /** The seconds asked for, widened to the segment grid. */
    private SegmentedRun.Range range(int total) {
        int a = from == null ? 0 : Timecodes.seconds("--from", from);
        int b = to == null ? total : Timecodes.seconds("--to", to);
        if (b > total) {
            throw new UserError("--to " + to + ": the storyboard lasts " + Timecodes.format(total));
        }
        if (a >= b) throw new UserError("--from must come before --to and the storyboard's end");
        int l = segmentSeconds;
        int wideA = a - a % l;
        int wideB = Math.min(total, (b + l - 1) / l * l);
        if ((wideA != a || wideB != b) && !quiet) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("longshot: the excerpt is made in " + l + "-s segments: "
                    + Timecodes.format(wideA) + " … " + Timecodes.format(wideB));
            err.flush();
        }
        return new SegmentedRun.Range(wideA, wideB);
    }

    /** The organisation's signing identity, read before any rendering; null: our own key. */
    private SigningIdentity signer() {
        if (signingKey == null && signingCert == null) return null;
        if (signingKey == null || signingCert == null) {
            throw new UserError("--signing-key and --signing-cert go together");
        }
        try {
            return SigningIdentity.load(signingKey, signingCert);
        } catch (IOException e) {
            throw new UserError("cannot use the signing key: " + e.getMessage(), e);
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
                    threads != null ? threads : defaultThreads(),
                    projection(), extras());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private FrameProjection projection() {
        FrameProjection p = FrameProjection.fromId(projection);
        switch (stereo) {
            case "none" -> {
                return p;
            }
            case "top-bottom" -> {
                if (p != FrameProjection.EQUIRECT) {
                    throw new UserError("--stereo top-bottom needs --projection equirect");
                }
                return FrameProjection.EQUIRECT_TOP_BOTTOM;
            }
            default -> throw new UserError("--stereo: unknown layout '" + stereo
                    + "' (expected none or top-bottom)");
        }
    }

    /** The previs extras asked for; passes need the hand-off directory they are written in. */
    private RenderExtras extras() {
        if (!passes.isEmpty() && previsDir == null) {
            throw new UserError("--passes needs --previs DIR: the passes go in DIR/passes");
        }
        return new RenderExtras(vfxMarkers, RenderExtras.parsePasses(String.join(",", passes)));
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
