package dev.longshot.cli;

import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.Stages;
import dev.longshot.director.VideoSink;
import dev.longshot.media.decode.VideoReader;
import dev.longshot.media.metrics.Psnr;
import dev.longshot.media.provenance.ContentId;
import dev.longshot.media.provenance.ControlVideos;
import dev.longshot.media.provenance.watermark.Detection;
import dev.longshot.media.provenance.watermark.WatermarkDetector;
import dev.longshot.media.provenance.watermark.WatermarkEmbedder;
import dev.longshot.story.Storyboard;
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
 * there is none. Makes a video with {@code generate}, cuts 10-second excerpts at spread-out
 * start times, attacks each with the FFmpeg executable bundled with JavaCV, and counts an
 * excerpt as detected only when the watermark is found, the content ID is right and the
 * reported start is within half a second of the truth. Then counts false positives on unmarked
 * videos: FFmpeg test sources and our own renderer's output without the marking stage.
 */
@Command(name = "bench-watermark", mixinStandardHelpOptions = true,
        description = "Measure watermark detection after attacks and false positives; print figures.")
final class BenchWatermarkCommand implements Callable<Integer> {
    static final int EXCERPT_SECONDS = 10;

    /** Attack name and the FFmpeg output options that perform it. */
    record Attack(String name, List<String> args) {}

    static final List<Attack> ATTACKS = List.of(
            new Attack("none (cut, x264 CRF 18)", x264("18")),
            new Attack("H.264 CRF 23", x264("23")),
            new Attack("H.264 CRF 28", x264("28")),
            new Attack("H.265 CRF 28", List.of("-c:v", "libx265", "-preset", "veryfast", "-crf",
                    "28", "-x265-params", "log-level=error")),
            new Attack("downscale 50%", with("scale=iw/2:ih/2", x264("23"))),
            new Attack("crop 10% (centre 90%x90%)", with("crop=trunc(iw*0.45)*2:trunc(ih*0.45)*2",
                    x264("23"))),
            new Attack("24 -> 30 fps", with("fps=30", x264("23"))),
            new Attack("brightness +10%", with("eq=brightness=0.1", x264("23"))));

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "60",
            description = "Length of the marked video, seconds (default: 60).")
    int seconds;

    @Option(names = "--excerpts", defaultValue = "10",
            description = "10-second excerpts per attack (default: 10).")
    int excerpts;

    @Option(names = "--unmarked", defaultValue = "50",
            description = "Unmarked videos for the false-positive count (default: 50).")
    int unmarked;

    /** Frame size of the marked video. */
    @Mixin
    FrameSizeMixin sizeOption;

    private PrintWriter out;
    private String ffmpeg;

    @Override
    public Integer call() throws Exception {
        if (seconds < EXCERPT_SECONDS + 1 || excerpts < 1 || unmarked < 0) {
            throw new UserError("need --seconds > " + EXCERPT_SECONDS + ", --excerpts >= 1");
        }
        out = spec.commandLine().getOut();
        ffmpeg = org.bytedeco.javacpp.Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
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

    private void robustness(Path dir) throws IOException, InterruptedException {
        Path board = dir.resolve("board.txt");
        Files.writeString(board, BenchStoryboards.text(seconds), StandardCharsets.UTF_8);
        Path video = dir.resolve("marked.mp4");
        long t0 = System.nanoTime();
        int exit = Main.run("generate", board.toString(), "-o", video.toString(), "--size",
                sizeOption.size().toString(), "--quiet");
        if (exit != 0) throw new IOException("generate failed (exit " + exit + ")");
        Storyboard sb = StoryboardFiles.read(board);
        ContentId id = ContentId.of(sb.sha256(), 0);
        out.printf(Locale.ROOT, "watermark robustness: %d s video at %s (content ID %s, made in"
                + " %.0f s), %d excerpts of %d s per attack%n", seconds, sizeOption.size(), id,
                (System.nanoTime() - t0) / 1e9, excerpts, EXCERPT_SECONDS);
        out.printf(Locale.ROOT, "  %-28s %9s %8s %8s %9s%n", "attack", "detected", "rate",
                "mean z", "s/excerpt");
        out.flush();
        for (Attack attack : ATTACKS) {
            int hits = 0;
            double zSum = 0;
            long a0 = System.nanoTime();
            List<String> misses = new ArrayList<>();
            for (int i = 0; i < excerpts; i++) {
                // spread over the video, at varying sub-second phases
                double start = (double) i * (seconds - EXCERPT_SECONDS - 1) / excerpts
                        + (i * 7 % 24) / 24.0;
                Path cut = dir.resolve("excerpt.mp4");
                List<String> cmd = new ArrayList<>(List.of(ffmpeg, "-v", "error", "-y", "-ss",
                        String.format(Locale.ROOT, "%.4f", start), "-i", video.toString(), "-t",
                        Integer.toString(EXCERPT_SECONDS), "-an"));
                cmd.addAll(attack.args());
                cmd.add(cut.toString());
                runFfmpeg(cmd);
                Detection d = detect(cut);
                zSum += d.syncZ();
                boolean ok = d.found() && d.contentId().orElseThrow().equals(id) && d.timeFound()
                        && Math.abs(d.startSeconds() - start) <= 0.5;
                if (ok) {
                    hits++;
                } else {
                    misses.add(String.format(Locale.ROOT, "%.2fs: found=%b z=%.1f start=%.2f",
                            start, d.found(), d.syncZ(), d.startSeconds()));
                }
                Files.deleteIfExists(cut);
            }
            out.printf(Locale.ROOT, "  %-28s %4d/%-4d %7.1f%% %8.1f %9.1f%n", attack.name(), hits,
                    excerpts, 100.0 * hits / excerpts, zSum / excerpts,
                    (System.nanoTime() - a0) / 1e9 / excerpts);
            for (String m : misses) out.println("      missed " + m);
            out.flush();
        }
    }

    /**
     * PSNR of watermarked vs unmarked rendered frames (watermark only, no visible label) and the
     * marking cost per frame, on our renderer's own frames.
     */
    private void invisibility() throws IOException {
        SizeOption size = sizeOption.size();
        DirectorConfig config = DirectorConfig.defaults().withSize(size.width(), size.height());
        Storyboard sb = BenchStoryboards.storyboard(4);
        WatermarkEmbedder embedder = new WatermarkEmbedder(size.width(), size.height(),
                config.fps(), ContentId.of(sb.sha256(), 0));
        double[] stats = {Double.POSITIVE_INFINITY, 0, 0, 0}; // min PSNR, sum PSNR, frames, ns
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
        out.printf(Locale.ROOT, "invisibility: %d rendered frames at %s: PSNR marked vs unmarked"
                + " min %.2f dB, mean %.2f dB; marking %.2f ms/frame%n", (int) stats[2], size,
                stats[0], stats[1] / stats[2], stats[3] / timed / 1e6);
        out.flush();
    }

    private void falsePositives(Path dir) throws IOException, InterruptedException {
        List<String> sources = unmarkedSources();
        int fromLavfi = Math.min(sources.size(), unmarked - unmarked / 5);
        List<String> names = new ArrayList<>();
        List<Detection> detections = new ArrayList<>();
        for (int i = 0; i < fromLavfi; i++) {
            Path v = dir.resolve("unmarked.mp4");
            String name = sources.get(i);
            runFfmpeg(List.of(ffmpeg, "-v", "error", "-y", "-f", "lavfi", "-i", name, "-t",
                    Integer.toString(EXCERPT_SECONDS), "-pix_fmt", "yuv420p", "-c:v",
                    "libx264", "-preset", "veryfast", "-crf", "23", v.toString()));
            names.add(name);
            detections.add(detect(v));
            Files.deleteIfExists(v);
        }
        // Our renderer without the marking stage: made, examined and deleted inside
        // provenance, which hands back only the detections (seeds fromLavfi … unmarked-1).
        detections.addAll(ControlVideos.detectInControls(dir,
                BenchStoryboards.storyboard(EXCERPT_SECONDS), fromLavfi, unmarked - fromLavfi));
        for (int i = fromLavfi; i < unmarked; i++) {
            names.add("longshot renderer, marking off, seed " + i);
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
        double fps;
        try (VideoReader r = VideoReader.open(file)) {
            fps = r.info().fps();
        }
        return WatermarkDetector.detect(VerifyCommand.opener(file), fps, 60);
    }

    private static void runFfmpeg(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("ffmpeg failed: " + String.join(" ", cmd) + "\n" + log);
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
