package dev.longshot.cli;

import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.Stages;
import dev.longshot.director.VideoSink;
import dev.longshot.media.decode.VideoReader;
import dev.longshot.media.encode.FfmpegProgram;
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
import java.util.concurrent.TimeUnit;
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

    /** Attack name and the FFmpeg output options that perform it. */
    record Attack(String name, List<String> args) {}

    static final List<Attack> ATTACKS = List.of(
            new Attack("none (cut, x264 CRF 18)", x264("18")),
            new Attack("H.264 CRF 23", x264("23")),
            new Attack("H.264 CRF 28", x264("28")),
            new Attack("H.265 CRF 28", List.of("-c:v", "libx265", "-preset", "veryfast", "-crf",
                    "28", "-x265-params", "log-level=error")),
            new Attack("downscale 50%", with("scale=iw/2:ih/2", x264("23"))),
            new Attack("426x240 CRF 28", with("scale=426:240", x264("28"))),
            new Attack("320x180 CRF 28", with("scale=320:180", x264("28"))),
            new Attack("426x240 + 30 fps CRF 26", with("scale=426:240,fps=30", x264("26"))),
            new Attack("crop 10% (centre 90%x90%)", with("crop=trunc(iw*0.45)*2:trunc(ih*0.45)*2",
                    x264("23"))),
            new Attack("24 -> 30 fps", with("fps=30", x264("23"))),
            new Attack("brightness +10%", with("eq=brightness=0.1", x264("23"))),
            new Attack("mirrored", with("hflip", x264("23"))),
            new Attack("rotated +2 deg", with("rotate=2*PI/180", x264("23"))),
            new Attack("rotated -2 deg", with("rotate=-2*PI/180", x264("23"))));

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "60",
            description = "Longest marked video per example, seconds; longer examples are cut to"
                    + " their opening (default: 60).")
    int seconds;

    @Option(names = "--excerpts", defaultValue = "10",
            description = "10-second excerpts per example and attack (default: 10).")
    int excerpts;

    @Option(names = "--unmarked", defaultValue = "50",
            description = "Unmarked videos for the false-positive count (default: 50).")
    int unmarked;

    /** Frame size of the marked video. */
    @Mixin
    FrameSizeMixin sizeOption;

    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        if (seconds < EXCERPT_SECONDS + 1 || excerpts < 1 || unmarked < 0) {
            throw new UserError("need --seconds > " + EXCERPT_SECONDS + ", --excerpts >= 1");
        }
        out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("longshot-wm-bench");
        try {
            invisibility();
            robustness(dir);
            if (unmarked > 0) falsePositives(dir);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
        return ExitCode.OK;
    }

    /** Detections of one example under one attack. */
    private static final class Tally {
        int hits;
        int tried;
        double zSum;
        final List<String> misses = new ArrayList<>();
    }

    private void robustness(Path dir) throws IOException, InterruptedException {
        List<String> scenes = new ArrayList<>();
        List<Tally[]> tallies = new ArrayList<>(); // per scene: one tally per attack
        out.printf(Locale.ROOT, "watermark robustness at %s: every bundled example (its first %d"
                + " s), %d excerpts of %d s per attack%n", sizeOption.size(), seconds, excerpts,
                EXCERPT_SECONDS);
        for (String example : BundledExamples.names()) {
            String text = BundledExamples.opening(example, seconds);
            int length = BundledExamples.seconds(text);
            String scene = BundledExamples.scene(example);
            if (length < EXCERPT_SECONDS + 1) {
                out.printf(Locale.ROOT, "  %s: %d s, too short for %d-s excerpts; skipped%n",
                        scene, length, EXCERPT_SECONDS);
                continue;
            }
            scenes.add(scene);
            tallies.add(scene(dir, scene, text, length));
        }
        printTable(scenes, tallies);
    }

    /** Generates one example and attacks its excerpts; one tally per attack. */
    private Tally[] scene(Path dir, String scene, String text, int length)
            throws IOException, InterruptedException {
        Path board = dir.resolve(scene + ".txt");
        Files.writeString(board, text, StandardCharsets.UTF_8);
        Path video = dir.resolve("marked.mp4");
        long t0 = System.nanoTime();
        int exit = Main.run("generate", board.toString(), "-o", video.toString(), "--size",
                sizeOption.size().toString(), "--quiet");
        if (exit != 0) throw new IOException("generate " + scene + " failed (exit " + exit + ")");
        ContentId id = ContentId.of(StoryboardFiles.read(board).sha256(), 0);
        Tally[] tally = new Tally[ATTACKS.size()];
        for (int a = 0; a < ATTACKS.size(); a++) {
            tally[a] = new Tally();
            for (int i = 0; i < excerpts; i++) {
                // spread over the video, at varying sub-second phases
                double start = (double) i * (length - EXCERPT_SECONDS - 1) / excerpts
                        + (i * 7 % 24) / 24.0;
                excerpt(dir, video, ATTACKS.get(a), start, id, tally[a]);
            }
        }
        Files.deleteIfExists(video);
        out.printf(Locale.ROOT, "  %s: %d s video, %d excerpts in %.0f s%n", scene, length,
                excerpts * ATTACKS.size(), (System.nanoTime() - t0) / 1e9);
        out.flush();
        return tally;
    }

    private void excerpt(Path dir, Path video, Attack attack, double start, ContentId id,
            Tally tally) throws IOException, InterruptedException {
        Path cut = dir.resolve("excerpt.mp4");
        List<String> cmd = new ArrayList<>(List.of("-v", "error", "-y", "-ss",
                String.format(Locale.ROOT, "%.4f", start), "-i", video.toString(), "-t",
                Integer.toString(EXCERPT_SECONDS), "-an"));
        cmd.addAll(attack.args());
        cmd.add(cut.toString());
        runFfmpeg(cmd);
        Detection d = detect(cut);
        Files.deleteIfExists(cut);
        tally.tried++;
        tally.zSum += d.syncZ();
        boolean ok = d.found() && d.contentId().orElseThrow().equals(id) && d.timeFound()
                && Math.abs(d.startSeconds() - start) <= 0.5;
        if (ok) {
            tally.hits++;
        } else {
            tally.misses.add(String.format(Locale.ROOT, "%s at %.2f s: found=%b z=%.1f start=%.2f",
                    attack.name(), start, d.found(), d.syncZ(), d.startSeconds()));
        }
    }

    /** Attacks down, scenes across: detected/tried and mean sync z; then every miss. */
    private void printTable(List<String> scenes, List<Tally[]> tallies) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-26s", "attack"));
        for (String s : scenes) head.append(String.format(Locale.ROOT, " %15s", clip(s)));
        head.append(String.format(Locale.ROOT, " %15s", "all"));
        out.println(head);
        for (int a = 0; a < ATTACKS.size(); a++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-26s",
                    ATTACKS.get(a).name()));
            Tally all = new Tally();
            for (Tally[] t : tallies) {
                row.append(String.format(Locale.ROOT, " %15s", cell(t[a])));
                all.hits += t[a].hits;
                all.tried += t[a].tried;
                all.zSum += t[a].zSum;
            }
            row.append(String.format(Locale.ROOT, " %15s", cell(all)));
            out.println(row);
        }
        out.println("  (cells: detected with the right ID and start within 0.5 s / excerpts,"
                + " mean sync z)");
        for (int s = 0; s < scenes.size(); s++) {
            for (Tally t : tallies.get(s)) {
                for (String m : t.misses) out.println("  missed " + scenes.get(s) + ": " + m);
            }
        }
        out.flush();
    }

    private static String cell(Tally t) {
        return String.format(Locale.ROOT, "%d/%d z%.1f", t.hits, t.tried,
                t.tried > 0 ? t.zSum / t.tried : Double.NaN);
    }

    private static String clip(String s) {
        return s.length() <= 15 ? s : s.substring(0, 15);
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
        for (String example : BundledExamples.names()) {
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

    private void falsePositives(Path dir) throws IOException, InterruptedException {
        List<String> sources = unmarkedSources();
        int fromLavfi = Math.min(sources.size(), unmarked - unmarked / 5);
        List<String> names = new ArrayList<>();
        List<Detection> detections = new ArrayList<>();
        for (int i = 0; i < fromLavfi; i++) {
            Path v = dir.resolve("unmarked.mp4");
            String name = sources.get(i);
            runFfmpeg(List.of("-v", "error", "-y", "-f", "lavfi", "-i", name, "-t",
                    Integer.toString(EXCERPT_SECONDS), "-pix_fmt", "yuv420p", "-c:v",
                    "libx264", "-preset", "veryfast", "-crf", "23", v.toString()));
            names.add(name);
            detections.add(detect(v));
            Files.deleteIfExists(v);
        }
        // Our renderer without the marking stage: made, examined and deleted inside
        // provenance, which hands back only the detections (seeds fromLavfi … unmarked-1),
        // taking the examples' openings in turn so night, rain and snow are among them.
        List<String> examples = BundledExamples.names();
        for (int i = fromLavfi; i < unmarked; i++) {
            String example = examples.get((i - fromLavfi) % examples.size());
            String text = BundledExamples.opening(example, EXCERPT_SECONDS);
            Storyboard sb = StoryboardParser.parse(BundledExamples.scene(example) + ".txt",
                    text.getBytes(StandardCharsets.UTF_8));
            detections.addAll(ControlVideos.detectInControls(dir, sb, i, 1));
            names.add("longshot renderer, marking off, " + BundledExamples.scene(example)
                    + ", seed " + i);
        }
        int found = 0;
        double maxZ = Double.NEGATIVE_INFINITY;
        String worst = "";
        for (int i = 0; i < unmarked; i++) {
            Detection d = detections.get(i);
            if (d.found()) {
                found++;
                out.println("  FALSE POSITIVE: " + names.get(i) + " z=" + d.syncZ());
            }
            if (d.syncZ() > maxZ) {
                maxZ = d.syncZ();
                worst = names.get(i);
            }
        }
        out.printf(Locale.ROOT, "false positives: %d of %d unmarked videos (%d FFmpeg test sources,"
                + " %d renderer outputs without marking); highest z %.2f (%s; threshold 6)%n",
                found, unmarked, fromLavfi, unmarked - fromLavfi, maxZ, worst);
        out.flush();
    }

    /** Varied FFmpeg test sources at 640×360, 24 fps. */
    static List<String> unmarkedSources() {
        List<String> s = new ArrayList<>();
        String r = "size=640x360:rate=24";
        s.add("testsrc2=" + r);
        s.add("testsrc=" + r);
        s.add("smptebars=" + r);
        s.add("smptehdbars=" + r);
        s.add("rgbtestsrc=" + r);
        s.add("yuvtestsrc=" + r);
        s.add("pal100bars=" + r);
        s.add("colorspectrum=" + r);
        for (int i = 0; i < 8; i++) {
            s.add("mandelbrot=" + r + ":start_scale=" + (3 - i * 0.3) + ":inner=black");
        }
        for (int i = 0; i < 8; i++) s.add("life=" + r + ":seed=" + i + ":mold=10");
        for (int i = 0; i < 6; i++) s.add("cellauto=" + r + ":rule=" + (18 + 12 * i));
        for (int i = 0; i < 8; i++) s.add("gradients=" + r + ":seed=" + i + ":speed=0.02");
        for (int i = 0; i < 6; i++) {
            s.add("testsrc2=" + r + ",noise=alls=" + (10 + 8 * i) + ":allf=t+u");
        }
        return s;
    }

    private static Detection detect(Path file) throws IOException {
        return WatermarkSource.detect(file, 60);
    }

    /** Runs the bundled ffmpeg program with {@code args}. */
    private static void runFfmpeg(List<String> args) throws IOException, InterruptedException {
        Process p = FfmpegProgram.command(args).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("ffmpeg failed: " + String.join(" ", args) + "\n" + log);
        }
    }

    private static List<String> x264(String crf) {
        return List.of("-c:v", "libx264", "-preset", "veryfast", "-crf", crf);
    }

    private static List<String> with(String filter, List<String> codec) {
        List<String> a = new ArrayList<>(List.of("-vf", filter));
        a.addAll(codec);
        return a;
    }
}
