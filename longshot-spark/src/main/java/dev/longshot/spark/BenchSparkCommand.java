package dev.longshot.spark;

import dev.longshot.audio.WorldSound;
import dev.longshot.cli.BenchStoryboards;
import dev.longshot.cli.CpuClock;
import dev.longshot.cli.ExitCode;
import dev.longshot.cli.FrameComparison;
import dev.longshot.cli.UserError;
import dev.longshot.cli.Version;
import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.Stages;
import dev.longshot.director.ValidationConfig;
import dev.longshot.director.VideoCodec;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.media.segments.ParallelSegments;
import dev.longshot.media.segments.SegmentJob;
import dev.longshot.media.segments.SegmentedRun;
import dev.longshot.media.segments.SegmentedVideo;
import dev.longshot.story.Storyboard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code longshot bench-spark}: the same segmented video (the wildlife example, cycled to
 * {@code --seconds}) made in one process and as Spark tasks, with wall times, whether the two
 * files decode to the same frames, and what the pass without pixels — which every segment
 * task runs from 0 to its start — costs per minute of video.
 */
@Command(name = "bench-spark", mixinStandardHelpOptions = true,
        description = "Single-process vs Spark wall time of a segmented run, and the cost of"
                + " the pass without pixels per minute of video.")
public final class BenchSparkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "60", description = "Video length (default: 60).")
    int seconds;

    @Option(names = "--size", defaultValue = "640x360", paramLabel = "WxH",
            description = "Frame size (default: 640x360).")
    String size;

    @Option(names = "--fps", defaultValue = "24", description = "Frames per second (default: 24).")
    int fps;

    @Option(names = "--master", defaultValue = "local[2]", paramLabel = "URL",
            description = "Spark master (default: local[2]).")
    String master;

    @Option(names = "--simulate-seconds", defaultValue = "600", paramLabel = "N",
            description = "Seconds of video the pass without pixels is timed over (default: 600).")
    int simulateSeconds;

    @Override
    public Integer call() throws IOException {
        if (seconds < 1 || simulateSeconds < 1) {
            throw new UserError("--seconds and --simulate-seconds must be at least 1");
        }
        String m = SparkMaster.check(master);
        DirectorConfig single = config(Runtime.getRuntime().availableProcessors());
        DirectorConfig perTask = config(SparkMaster.threadsPerTask(m));
        ValidationConfig validation = ValidationConfig.defaults();
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("longshot-bench-spark-");
        try {
            double[] simulated = simulate(single, validation);
            out.printf(Locale.ROOT, "pass without pixels (plan, world, sound; %dx%d @ %d fps):"
                    + " %.2f s wall, %.2f s CPU per minute of video (%d s timed)%n",
                    single.width(), single.height(), fps, simulated[0] * 60 / simulateSeconds,
                    simulated[1] * 60 / simulateSeconds, simulateSeconds);
            out.flush();
            Path one = dir.resolve("single.mp4");
            long t0 = System.nanoTime();
            try (SegmentedRun run = SegmentedRun.open(video(single, validation), one,
                    dir.resolve("single-store"), new SegmentedRun.Range(0, seconds), true)) {
                run.render(ProgressListener.NONE, null);
            }
            double singleSeconds = (System.nanoTime() - t0) / 1e9;
            Path spread = dir.resolve("spark.mp4");
            long t1 = System.nanoTime();
            double startup;
            ParallelSegments.Report report;
            try (JavaSparkContext spark = SparkContexts.start(m, "longshot bench-spark")) {
                startup = (System.nanoTime() - t1) / 1e9;
                Path store = dir.resolve("spark-store");
                try (SegmentedRun run = SegmentedRun.open(video(perTask, validation), spread,
                        store, new SegmentedRun.Range(0, seconds), true)) {
                    SparkSegmentWorkers workers = new SparkSegmentWorkers(spark);
                    report = new ParallelSegments(run, SegmentJob.of(run,
                            perTask.renderThreads(), store), workers.parallelism(), null)
                            .make(workers);
                    run.join(null);
                }
            }
            double sparkSeconds = (System.nanoTime() - t1) / 1e9;
            FrameComparison same = FrameComparison.of(one, spread);
            out.printf(Locale.ROOT, "%d s of video at %dx%d @ %d fps, %d segments of 10 s%n",
                    seconds, single.width(), single.height(), fps, (seconds + 9) / 10);
            out.printf(Locale.ROOT, "  single process (%d render threads): %.1f s (%.1f fps)%n",
                    single.renderThreads(), singleSeconds, seconds * fps / singleSeconds);
            out.printf(Locale.ROOT, "  Spark %s (%d render threads a task): %.1f s (%.1f fps),"
                    + " of which %.1f s starting Spark; %d task(s) in %d round(s), %.1f s of"
                    + " task time%n", m, perTask.renderThreads(), sparkSeconds,
                    seconds * fps / sparkSeconds, startup, report.tasks(), report.waves(),
                    report.taskNanos() / 1e9);
            out.printf(Locale.ROOT, "  speed-up %.2f×; decoded frames %s%n",
                    singleSeconds / sparkSeconds, same.identical()
                            ? "identical (" + same.frames() + ")" : "DIFFER: " + same.reason());
            out.flush();
            return same.identical() ? ExitCode.OK : ExitCode.NEGATIVE;
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Wall and CPU seconds the pass without pixels takes over {@code simulateSeconds} of video.
     * It runs on this thread, so its CPU time is the figure a busy machine does not change.
     */
    private double[] simulate(DirectorConfig config, ValidationConfig validation) {
        Storyboard storyboard = BenchStoryboards.storyboard(simulateSeconds);
        try (Stages all = Stages.defaults(config, validation)) {
            Stages stages = all.withSound(WorldSound.forProjection(config.seed(),
                    Stages.AUDIO_SAMPLE_RATE, WorldSound.DEFAULT_LOUDNESS, false));
            Director director = new Director(config, stages, validation);
            CpuClock cpu = CpuClock.start();
            long t = System.nanoTime();
            director.simulate(storyboard, simulateSeconds);
            return new double[] {(System.nanoTime() - t) / 1e9, cpu.threadSeconds()};
        }
    }

    private SegmentedVideo video(DirectorConfig config, ValidationConfig validation) {
        return new SegmentedVideo(BenchStoryboards.storyboard(seconds),
                BenchStoryboards.text(seconds).getBytes(StandardCharsets.UTF_8), config,
                validation, LabelMode.BOTH, false, true, WorldSound.DEFAULT_LOUDNESS, 10,
                Version.build());
    }

    private DirectorConfig config(int threads) {
        String[] wh = size.toLowerCase(Locale.ROOT).split("x", -1);
        try {
            return new DirectorConfig(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), fps, 0,
                    VideoCodec.H264, threads);
        } catch (RuntimeException e) {
            throw new UserError("--size " + size + " / --fps " + fps + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
