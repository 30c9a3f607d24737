package dev.longshot.cli;

import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.Stages;
import dev.longshot.director.VideoSink;
import dev.longshot.media.decode.VideoReader;
import dev.longshot.media.provenance.WatermarkSource;
import dev.longshot.media.metrics.Psnr;
import dev.longshot.media.provenance.ContentId;
import dev.longshot.media.provenance.ControlVideos;
import dev.longshot.media.provenance.watermark.Detection;
import dev.longshot.media.provenance.watermark.WatermarkDetector;
import dev.longshot.media.provenance.watermark.WatermarkEmbedder;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code longshot bench-watermark}: how robust the watermark is and how often it is found where
 * there is none. Makes a video of every bundled example (day, night, rain, snow …) with
 * {@code generate}, cuts 10-second excerpts at spread-out start times, attacks each with the
 * FFmpeg executable bundled with JavaCV, and counts an
 * excerpt as detected only when the watermark is found, the content ID is right and the
 * reported start is within half a second of the truth. Then counts false positives on unmarked
 * videos: FFmpeg test sources and our own renderer's output without the marking stage.
 */
@Command(name = "bench-watermark", mixinStandardHelpOptions = true,
        description = "Measure watermark detection after attacks and false positives; print figures.")
final class BenchWatermarkCommand implements Callable<Integer> {
    static final int EXCERPT_SECONDS = 10;
    /** Opening seconds of each example the PSNR is measured on. */
    static final int INVISIBILITY_SECONDS = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "60",
            description = "Longest marked video per example, seconds; longer examples are cut to"
                    + " their opening (default: 60).")
    int seconds;

    @Option(names = "--excerpts", defaultValue = "10",
            description = "10-second excerpts per example and attack (default: 10); 0 counts"
                    + " only false positives.")
    int excerpts;

    @Option(names = "--unmarked", defaultValue = "50",
            description = "Unmarked 10-second videos for the false-positive count: four in five"
                    + " FFmpeg test sources, the rest excerpts of unmarked renders of the"
                    + " examples (default: 50).")
    int unmarked;

    @Option(names = "--attacks", paramLabel = "LIST",
            description = "Only these attacks, comma-separated ids: none, crf23, crf28, x265,"
                    + " half, 426x240, 320x180, 426x240-30fps, crop10, 30fps, brighter,"
                    + " mirrored, rot+2, rot-2 (default: all).")
    String attackList;

    @Option(names = "--scenes", paramLabel = "LIST",
            description = "Only these bundled examples, comma-separated scene names, e.g."
                    + " night-harbour,rain-town (default: all).")
    String sceneList;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Excerpts cut and examined at once (default: the number of cores).")
    Integer jobs;

    /** Frame size of the marked video. */
    @Mixin
    FrameSizeMixin sizeOption;

    private PrintWriter out;
    private List<WatermarkAttacks.Attack> attacks;
    private List<String> examples;
    private ExecutorService pool;

    @Override
    public Integer call() throws Exception {
        if (seconds < EXCERPT_SECONDS + 1 || excerpts < 0 || unmarked < 0) {
            throw new UserError("need --seconds > " + EXCERPT_SECONDS + ", --excerpts >= 0,"
                    + " --unmarked >= 0");
        }
        if (jobs != null && jobs < 1) throw new UserError("--jobs must be at least 1");
        attacks = WatermarkAttacks.select(attackList);
        examples = selectScenes(sceneList);
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        out = spec.commandLine().getOut();
        pool = Executors.newFixedThreadPool(threads);
        Path dir = Files.createTempDirectory("longshot-wm-bench");
        try {
            if (excerpts > 0) {
                invisibility();
                robustness(dir);
            }
            if (unmarked > 0) falsePositives(dir);
        } finally {
            pool.shutdownNow();
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
        return ExitCode.OK;
    }

    /** The bundled examples {@code --scenes} names (all when null). */
    static List<String> selectScenes(String list) {
        List<String> all = BundledExamples.names();
        if (list == null) return all;
        List<String> known = all.stream().map(BundledExamples::scene).toList();
        List<String> out = new ArrayList<>();
        for (String s : list.split(",")) {
            String t = s.trim();
            if (t.isEmpty()) continue;
            int i = known.indexOf(t);
            if (i < 0) {
                throw new UserError("--scenes: unknown scene '" + t + "'; known: "
                        + String.join(", ", known));
            }
            if (!out.contains(all.get(i))) out.add(all.get(i));
        }
        if (out.isEmpty()) throw new UserError("--scenes: name at least one scene");
        out.sort(null);
        return out;
    }

    /**
     * Time spent per excerpt, summed over the workers: wall clock, and CPU time, which does not
     * depend on what else the machine runs (FFmpeg's own report; the detecting thread's).
     */
    private static final class Cost {
        private double cutCpu;
        private double detectCpu;
        private long cutNanos;
        private long detectNanos;
        private int excerpts;

        synchronized void add(double cutSeconds, double detectSeconds, long cut, long detect) {
            cutCpu += cutSeconds;
            detectCpu += detectSeconds;
            cutNanos += cut;
            detectNanos += detect;
            excerpts++;
        }

        /** The cost line, or nothing when no excerpt was attacked. */
        synchronized String report(double wall, int attacks) {
            int n = excerpts * attacks;
            if (n == 0) return "";
            return String.format(Locale.ROOT, "cost: %d attacked excerpts in %.0f s wall (with"
                    + " making the videos) = %.2f s each; per attacked excerpt: cut + attack"
                    + " %.2f s CPU (%.2f s wall), detect %.2f s CPU (%.2f s wall)%n", n, wall,
                    wall / n, cutCpu / n, cutNanos / 1e9 / n, detectCpu / n,
                    detectNanos / 1e9 / n);
        }
    }

    private void robustness(Path dir) throws IOException, InterruptedException {
        List<String> scenes = new ArrayList<>();
        List<WatermarkTally[]> tallies = new ArrayList<>(); // per scene: one per attack
        out.printf(Locale.ROOT, "watermark robustness at %s: %d bundled example(s) (their first"
                + " %d s), %d excerpts of %d s per attack, %d attack(s)%n", sizeOption.size(),
                examples.size(), seconds, excerpts, EXCERPT_SECONDS, attacks.size());
        Cost cost = new Cost();
        long t0 = System.nanoTime();
        for (String example : examples) {
            String text = BundledExamples.opening(example, seconds);
            int length = BundledExamples.seconds(text);
            String scene = BundledExamples.scene(example);
            if (length < EXCERPT_SECONDS + 1) {
                out.printf(Locale.ROOT, "  %s: %d s, too short for %d-s excerpts; skipped%n",
                        scene, length, EXCERPT_SECONDS);
                continue;
            }
            scenes.add(scene);
            tallies.add(scene(dir, scene, text, length, cost));
        }
        printTable(scenes, tallies);
        double wall = (System.nanoTime() - t0) / 1e9;
        out.print(cost.report(wall, attacks.size()));
        out.flush();
    }

    /** Generates one example and attacks its excerpts; one tally per attack. */
    private WatermarkTally[] scene(Path dir, String scene, String text, int length, Cost cost)
            throws IOException, InterruptedException {
        Path board = dir.resolve(scene + ".txt");
        Files.writeString(board, text, StandardCharsets.UTF_8);
        Path video = dir.resolve(scene + ".mp4");
        long t0 = System.nanoTime();
        int exit = Main.run("generate", board.toString(), "-o", video.toString(), "--size",
                sizeOption.size().toString(), "--quiet");
        if (exit != 0) throw new IOException("generate " + scene + " failed (exit " + exit + ")");
        long made = System.nanoTime();
        ContentId id = ContentId.of(StoryboardFiles.read(board).sha256(), 0);
        WatermarkTally[] tally = new WatermarkTally[attacks.size()];
        for (int a = 0; a < tally.length; a++) tally[a] = new WatermarkTally();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < excerpts; i++) {
            double start = excerptStart(i, excerpts, length);
            Path stem = dir.resolve(scene + "-" + i);
            work.add(pool.submit(() -> {
                excerpt(video, stem, start, id, tally, cost);
                return null;
            }));
        }
        try {
            for (Future<?> f : work) f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            for (Future<?> f : work) f.cancel(true);
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            throw new IOException("excerpt of " + scene + " failed: " + c, c);
        }
        Files.deleteIfExists(video);
        out.printf(Locale.ROOT, "  %s: %d s video made in %.0f s, %d excerpts x %d attacks in"
                + " %.0f s%n", scene, length, (made - t0) / 1e9, excerpts, attacks.size(),
                (System.nanoTime() - made) / 1e9);
        out.flush();
        return tally;
    }

    /**
     * Where excerpt {@code i} of {@code count} starts in a {@code length}-second video: spread
     * over the video, at varying sub-second phases. A function of these three alone, so a run
     * cut into several (one scene each, say) examines the same excerpts as one run.
     */
    static double excerptStart(int i, int count, int length) {
        return (double) i * (length - EXCERPT_SECONDS - 1) / count + (i * 7 % 24) / 24.0;
    }

    /** One excerpt under every attack: one FFmpeg run cuts them all, then each is examined. */
    private void excerpt(Path video, Path stem, double start, ContentId id,
            WatermarkTally[] tally, Cost cost) throws IOException, InterruptedException {
        List<Path> cuts = new ArrayList<>();
        for (int a = 0; a < attacks.size(); a++) cuts.add(Path.of(stem + "-a" + a + ".mp4"));
        try {
            long t0 = System.nanoTime();
            double cutCpu = ExcerptCutter.cut(video, start, EXCERPT_SECONDS, attacks, cuts);
            long t1 = System.nanoTime();
            CpuClock detectCpu = CpuClock.start();
            for (int a = 0; a < attacks.size(); a++) {
                tally[a].add(detect(cuts.get(a)), id, start, attacks.get(a).name());
                Files.deleteIfExists(cuts.get(a));
            }
            cost.add(cutCpu, detectCpu.threadSeconds(), t1 - t0, System.nanoTime() - t1);
        } finally {
            for (Path p : cuts) Files.deleteIfExists(p);
        }
    }

    /** Attacks down, scenes across: detected/tried and mean sync z; then every miss. */
    private void printTable(List<String> scenes, List<WatermarkTally[]> tallies) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-26s", "attack"));
        for (String s : scenes) head.append(String.format(Locale.ROOT, " %18s", clip(s)));
        head.append(String.format(Locale.ROOT, " %18s", "all"));
        out.println(head);
        int wrong = 0;
        int withheld = 0;
        for (int a = 0; a < attacks.size(); a++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-26s",
                    attacks.get(a).name()));
            WatermarkTally all = new WatermarkTally();
            for (WatermarkTally[] t : tallies) {
                row.append(String.format(Locale.ROOT, " %18s", t[a].cell()));
                all.addCounts(t[a]);
            }
            row.append(String.format(Locale.ROOT, " %18s", all.cell()));
            out.println(row);
            wrong += all.wrongStarts();
            withheld += all.withheld();
        }
        out.println("  (cells: detected with the right ID and start within 0.5 s / excerpts,"
                + " mean sync z; wN: ID right, start withheld as uncertain)");
        out.printf(Locale.ROOT, "  wrong starts reported: %d; starts withheld: %d%n", wrong,
                withheld);
        for (int s = 0; s < scenes.size(); s++) {
            for (WatermarkTally t : tallies.get(s)) {
                for (String m : t.misses()) out.println("  missed " + scenes.get(s) + ": " + m);
            }
        }
        out.flush();
    }

    private static String clip(String s) {
        return s.length() <= 18 ? s : s.substring(0, 18);
    }

    /**
     * PSNR of watermarked vs unmarked rendered frames (watermark only, no visible label) and the
     * marking cost per frame, on our renderer's own frames: the opening seconds of every
     * bundled example, so dark, snowy and rainy scenes are measured too.
     */
    private void invisibility() throws IOException {
        SizeOption size = sizeOption.size();
        DirectorConfig config = DirectorConfig.defaults().withSize(size.width(), size.height());
        double worst = Double.POSITIVE_INFINITY;
        for (String example : examples) {
            String text = BundledExamples.opening(example, INVISIBILITY_SECONDS);
            Storyboard sb = StoryboardParser.parse(BundledExamples.scene(example) + ".txt",
                    text.getBytes(StandardCharsets.UTF_8));
            WatermarkEmbedder embedder = new WatermarkEmbedder(size.width(), size.height(),
                    config.fps(), ContentId.of(sb.sha256(), 0));
            double[] stats = {Double.POSITIVE_INFINITY, 0, 0, 0}; // min PSNR, sum, frames, ns
            VideoSink measure = VideoSink.framesOnly(f -> {
                int[] marked = f.rgb().clone();
                long t = System.nanoTime();
                embedder.mark(marked, f.time().frame());
                long ns = System.nanoTime() - t;
                double p = Psnr.between(f.rgb(), marked);
                stats[0] = Math.min(stats[0], p);
                stats[1] += p;
                if (++stats[2] > config.fps()) stats[3] += ns; // the first second warms the JIT
            });
            try (Stages stages = Stages.defaults(config)) {
                new Director(config, stages).run(sb, measure, ProgressListener.NONE);
            }
            double timed = stats[2] - config.fps();
            worst = Math.min(worst, stats[0]);
            out.printf(Locale.ROOT, "invisibility, %s: %d rendered frames at %s: PSNR marked vs"
                    + " unmarked min %.2f dB, mean %.2f dB; marking %.2f ms/frame%n",
                    BundledExamples.scene(example), (int) stats[2], size, stats[0],
                    stats[1] / stats[2], stats[3] / timed / 1e6);
            out.flush();
        }
        out.printf(Locale.ROOT, "invisibility: lowest PSNR over all examples %.2f dB%n", worst);
    }

    /** Seconds of each unmarked render cut into excerpts for the false-positive count. */
    static final int RENDER_SECONDS = 60;

    /**
     * Counts false positives on {@code --unmarked} videos: four in five FFmpeg test sources
     * (one 10-s file each), the rest 10-s excerpts cut from unmarked renders of the bundled
     * examples, one {@value #RENDER_SECONDS}-s render feeding several excerpts.
     */
    private void falsePositives(Path dir) throws IOException, InterruptedException {
        int fromLavfi = unmarked - unmarked / 5;
        List<String> sources = UnmarkedSources.list(fromLavfi);
        List<String> names = new ArrayList<>(sources);
        List<Detection> detections = new ArrayList<>();
        List<Future<Detection>> lavfi = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < fromLavfi; i++) {
            Path v = dir.resolve("unmarked-" + i + ".mp4");
            String name = sources.get(i);
            lavfi.add(pool.submit(() -> {
                try {
                    ExcerptCutter.run(List.of("-v", "error", "-y", "-f", "lavfi", "-i", name,
                            "-t", Integer.toString(EXCERPT_SECONDS), "-pix_fmt", "yuv420p",
                            "-c:v", "libx264", "-preset", "veryfast", "-crf", "23",
                            v.toString()));
                    return detect(v);
                } finally {
                    Files.deleteIfExists(v);
                }
            }));
        }
        for (Future<Detection> f : lavfi) {
            try {
                detections.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException("unmarked test source failed: " + e.getCause(),
                        e.getCause());
            }
        }
        // Our renderer without the marking stage: rendered, cut, examined and deleted inside
        // provenance, which hands back only the detections; the examples' openings in turn so
        // night, rain and snow are among them, each render with its own seed.
        List<String> all = BundledExamples.names();
        int fromRenders = 0;
        int renders = 0;
        for (int r = 0; fromRenders < unmarked - fromLavfi; r++) {
            String example = all.get(r % all.size());
            String text = BundledExamples.opening(example, RENDER_SECONDS);
            Storyboard sb = StoryboardParser.parse(BundledExamples.scene(example) + ".txt",
                    text.getBytes(StandardCharsets.UTF_8));
            int seed = 1000 + r;
            List<Detection> found = ControlVideos.detectInExcerpts(dir, sb, seed,
                    EXCERPT_SECONDS, pool);
            renders++;
            for (int e = 0; e < found.size(); e++) {
                names.add(String.format(Locale.ROOT, "unmarked render of %s, seed %d, %d-%d s",
                        BundledExamples.scene(example), seed, e * EXCERPT_SECONDS,
                        (e + 1) * EXCERPT_SECONDS));
            }
            detections.addAll(found);
            fromRenders += found.size();
            if (found.isEmpty() && r >= all.size()) {
                throw new IOException("the examples' renders gave no " + EXCERPT_SECONDS
                        + "-s excerpt");
            }
        }
        int found = 0;
        double maxZ = Double.NEGATIVE_INFINITY;
        String worst = "";
        for (int i = 0; i < detections.size(); i++) {
            Detection d = detections.get(i);
            if (d.found()) {
                found++;
                out.printf(Locale.ROOT, "  FALSE POSITIVE: %s z=%.2f id=%s%n", names.get(i),
                        d.syncZ(), d.contentId().orElseThrow());
            }
            if (d.syncZ() > maxZ) {
                maxZ = d.syncZ();
                worst = names.get(i);
            }
        }
        out.printf(Locale.ROOT, "false positives: %d of %d unmarked %d-s videos, each examined"
                + " whole as a file of its own:%n  %d %s;%n  %d excerpts cut from %d unmarked"
                + " renders (up to %d s each) of the bundled examples' openings (marking stage"
                + " off, seeds 1000+, re-encoded x264 CRF 23; excerpts of one render are not"
                + " independent)%n",
                found, detections.size(), EXCERPT_SECONDS, fromLavfi,
                UnmarkedSources.description(), fromRenders, renders, RENDER_SECONDS);
        out.printf(Locale.ROOT, "  highest sync z %.2f (%s; threshold %.0f); %.0f s%n", maxZ,
                worst, WatermarkDetector.Z_MIN, (System.nanoTime() - t0) / 1e9);
        out.flush();
    }

    private static Detection detect(Path file) throws IOException {
        return WatermarkSource.detect(file, 60);
    }
}
