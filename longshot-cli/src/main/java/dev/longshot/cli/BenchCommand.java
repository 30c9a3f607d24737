package dev.longshot.cli;

import dev.longshot.audio.Silence;
import dev.longshot.audio.WorldSound;
import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.QueuedSink;
import dev.longshot.director.Stages;
import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoFormat;
import dev.longshot.director.VideoSink;
import dev.longshot.media.provenance.EncoderThroughput;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.media.provenance.LabelledVideoWriter;
import dev.longshot.media.provenance.ProvenanceMetadata;
import dev.longshot.render.Frame;
import dev.longshot.story.Storyboard;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code longshot bench}: memory does not grow with duration (peak RSS of a short and a long
 * run in separate processes, and their ratio) and throughput (end-to-end, render-only and
 * encode-only fps on the same frames, in one run so the ratios are fair).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure peak memory (short vs long video) and throughput; print figures.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--short", defaultValue = "60", description = "Short run, seconds (default: 60).")
    int shortSeconds;

    @Option(names = "--long", defaultValue = "600", description = "Long run, seconds (default: 600).")
    int longSeconds;

    @Option(names = "--memory-size", defaultValue = "640x360", converter = SizeOption.Converter.class,
            paramLabel = "WxH", description = "Frame size of the memory runs (default: 640x360).")
    SizeOption memorySize;

    @Option(names = "--heap", paramLabel = "SIZE", description = "Java heap of the memory runs,"
            + " as -Xmx takes it (e.g. 1g, 768m); default: the bench's own.")
    String heap;

    /** Frame size of the throughput run. */
    @Mixin
    FrameSizeMixin sizeOption;

    @Option(names = "--seconds", defaultValue = "10",
            description = "Length of the throughput run, seconds (default: 10).")
    int seconds;

    @Option(names = "--skip-memory", description = "Only measure throughput.")
    boolean skipMemory;

    @Option(names = "--skip-throughput", description = "Only measure memory.")
    boolean skipThroughput;

    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        if (shortSeconds < 1 || longSeconds < 1 || seconds < 1) {
            throw new UserError("bench lengths must be at least 1 second");
        }
        if (heap != null && !heap.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new UserError("--heap " + heap + ": expected a size such as 1g or 768m");
        }
        out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("longshot-bench");
        try {
            if (!skipThroughput) throughput(dir);
            if (!skipMemory) memory(dir);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
        return ExitCode.OK;
    }

    // ---- memory: the same command for a short and a long video, each in its own JVM

    private void memory(Path dir) throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "memory: generate at %s, %d fps, separate processes, heap %s%n",
                memorySize, 24, heap == null ? "as the bench's" : heap);
        long shortKib = peakOf(dir, shortSeconds);
        long longKib = peakOf(dir, longSeconds);
        out.printf(Locale.ROOT, "  peak RSS ratio long/short = %.3f (goal: <= 1.10)%n",
                (double) longKib / shortKib);
        out.flush();
    }

    private long peakOf(Path dir, int length) throws IOException, InterruptedException {
        Path board = dir.resolve("bench-" + length + "s.txt");
        Files.writeString(board, BenchStoryboards.text(length), StandardCharsets.UTF_8);
        Path video = dir.resolve("bench-" + length + "s.mp4");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (heap == null || !(arg.startsWith("-Xmx") || arg.startsWith("-Xms"))) {
                command.add(arg);
            }
        }
        if (heap != null) command.addAll(List.of("-Xms" + heap, "-Xmx" + heap));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "generate", board.toString(), "-o", video.toString(), "--size",
                memorySize.toString(), "--quiet"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).inheritIO().start();
        long peak = PeakRss.watch(process);
        double wall = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            throw new IOException("benchmark run of " + length + " s failed (exit "
                    + process.exitValue() + ")");
        }
        out.printf(Locale.ROOT, "  %5d s video: peak RSS %7.1f MiB, %6.1f s wall, %6.1f fps%n",
                length, peak / 1024.0, wall, length * 24 / wall);
        out.flush();
        Files.deleteIfExists(video);
        return peak;
    }

    // ---- throughput: end-to-end, then the same work without the encoder, then only the encoder

    private void throughput(Path dir) throws IOException {
        SizeOption size = sizeOption.size();
        DirectorConfig config = DirectorConfig.defaults().withSize(size.width(), size.height());
        Storyboard storyboard = BenchStoryboards.storyboard(seconds);
        long frames = (long) seconds * config.fps();
        out.printf(Locale.ROOT, "throughput: %s, %d fps, %d frames, %d render threads, h264%n",
                sizeOption.size(), config.fps(), frames, config.renderThreads());
        // JIT warm-up.
        runPipeline(config, BenchStoryboards.storyboard(2), VideoSink.framesOnly(f -> {}));

        // Render-only and encode-only first: by the end-to-end run the JIT is warm for both.
        // The first frames are kept for the encode-only run.
        int keepFrames = Math.min((int) frames, 4 * config.fps());
        List<Frame> kept = new ArrayList<>(keepFrames);
        VideoSink keep = VideoSink.framesOnly(f -> {
            if (kept.size() < keepFrames) kept.add(f);
        });
        long t1 = System.nanoTime();
        runPipeline(config, storyboard, keep);
        double renderOnly = frames / ((System.nanoTime() - t1) / 1e9);

        // The unmarked encoder is provenance's: it times a scratch file and returns a number.
        double encodeOnly = EncoderThroughput.framesPerSecond(kept, frames, format(config), dir);
        Path video = dir.resolve("throughput.mp4");

        double endToEndOff = endToEnd(config, storyboard, video, false);
        double endToEnd = endToEnd(config, storyboard, video, true);
        double silent = endToEnd(config, storyboard, video, true, false);
        out.printf(Locale.ROOT, "  end-to-end   %7.1f fps  (validators on, sound on)%n", endToEnd);
        out.printf(Locale.ROOT, "  end-to-end   %7.1f fps  (validators off)%n", endToEndOff);
        out.printf(Locale.ROOT, "  end-to-end   %7.1f fps  (validators on, --audio off)%n", silent);
        out.printf(Locale.ROOT, "  validator overhead = %.1f%% (must be < 20%%)%n",
                100 * (endToEndOff / endToEnd - 1));
        out.printf(Locale.ROOT, "  sound overhead = %.1f%% (must be < 10%%)%n",
                100 * (silent / endToEnd - 1));
        out.printf(Locale.ROOT, "  render only  %7.1f fps  (plan + world + render + validate)%n",
                renderOnly);
        out.printf(Locale.ROOT, "  encode only  %7.1f fps  (same frames, h264 veryfast)%n",
                encodeOnly);
        out.printf(Locale.ROOT, "  end-to-end / encode-only = %.2f%n", endToEnd / encodeOnly);
        out.flush();
    }

    /**
     * End-to-end fps into a real H.264 file, with the standard validators or none; labelled and
     * watermarked on the encoder thread exactly as {@code generate} does.
     */
    static double endToEnd(DirectorConfig config, Storyboard storyboard, Path video,
            boolean validators) throws IOException {
        return endToEnd(config, storyboard, video, validators, true);
    }

    /** As above, with the world's sound or with no audio stream ({@code --audio off}). */
    static double endToEnd(DirectorConfig config, Storyboard storyboard, Path video,
            boolean validators, boolean sound) throws IOException {
        VideoFormat format = format(config, sound);
        long frames = (long) storyboard.totalSeconds() * config.fps();
        long t0 = System.nanoTime();
        var metadata = ProvenanceMetadata.of(Version.current(), storyboard, config);
        try (QueuedSink sink = QueuedSink.opening(() -> LabelledVideoWriter.open(video,
                format, metadata, LabelMode.BOTH), format)) {
            runPipeline(config, storyboard, sink, validators, sound);
            sink.finish();
        }
        return frames / ((System.nanoTime() - t0) / 1e9);
    }

    private static VideoFormat format(DirectorConfig config) {
        return format(config, true);
    }

    private static VideoFormat format(DirectorConfig config, boolean sound) {
        boolean sphere = config.projection().spherical();
        int channels = sphere ? WorldSound.AMBIX_CHANNELS : WorldSound.CHANNELS;
        return new VideoFormat(config.width(), config.height(), config.fps(), VideoCodec.H264,
                Stages.AUDIO_SAMPLE_RATE, sound ? channels : 0, sphere,
                config.projection().stereo());
    }

    private static void runPipeline(DirectorConfig config, Storyboard storyboard, VideoSink sink)
            throws IOException {
        runPipeline(config, storyboard, sink, true, true);
    }

    private static void runPipeline(DirectorConfig config, Storyboard storyboard, VideoSink sink,
            boolean validators, boolean sound) throws IOException {
        try (Stages all = Stages.defaults(config)) {
            Stages stages = validators ? all : all.withValidators(List.of());
            if (!sound) stages = stages.withSound(Silence.none(Stages.AUDIO_SAMPLE_RATE));
            new Director(config, stages).run(storyboard, sink, ProgressListener.NONE);
        }
    }
}
