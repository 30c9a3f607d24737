package dev.longshot.media.provenance.watermark;

import dev.longshot.media.provenance.WatermarkSource;
import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.Stages;
import dev.longshot.director.VideoSink;
import dev.longshot.media.metrics.Psnr;
import dev.longshot.media.provenance.ContentId;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.media.provenance.MarkingSink;
import dev.longshot.render.Frame;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import dev.longshot.world.Timecode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A measuring harness, not a test: renders example storyboards at 640×360 (cached as raw RGB),
 * marks them as {@code generate} does (label + watermark, x264 CRF 20), attacks 10-s excerpts
 * with the FFmpeg executable and prints what the detector finds; also the same for the
 * unmarked renders. Run with {@code java -cp … RobustnessHarness CACHE_DIR FFMPEG [scene…]}.
 */
final class RobustnessHarness {
    static final int W = 640;
    static final int H = 360;
    static final int FPS = 24;
    static final double START = 3.3;

    static final Map<String, String> ATTACKS = new LinkedHashMap<>();

    static {
        String only = System.getenv("ATTACKS");
        ATTACKS.put("crf23", "-c:v libx264 -preset veryfast -crf 23");
        ATTACKS.put("crf28", "-c:v libx264 -preset veryfast -crf 28");
        ATTACKS.put("426x240 crf28", "-vf scale=426:240 -c:v libx264 -preset veryfast -crf 28");
        ATTACKS.put("320x180 crf28", "-vf scale=320:180 -c:v libx264 -preset veryfast -crf 28");
        ATTACKS.put("426x240 30fps crf26",
                "-vf scale=426:240,fps=30 -c:v libx264 -preset veryfast -crf 26");
        ATTACKS.put("rot+2 crf23",
                "-vf rotate=2*PI/180 -c:v libx264 -preset veryfast -crf 23");
        ATTACKS.put("rot-2 crf23",
                "-vf rotate=-2*PI/180 -c:v libx264 -preset veryfast -crf 23");
        ATTACKS.put("mirror crf23", "-vf hflip -c:v libx264 -preset veryfast -crf 23");
        if (only != null) ATTACKS.keySet().removeIf(k -> !k.matches(only));
    }

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args[0]);
        String ffmpeg = args[1];
        Files.createDirectories(cache);
        List<String> scenes = new ArrayList<>();
        for (int i = 2; i < args.length; i++) scenes.add(args[i]);
        boolean unmarkedToo = scenes.remove("--unmarked");
        ContentId id = ContentId.of("cd".repeat(32), 3);
        for (String scene : scenes) {
            Path raw = cache.resolve(scene + ".rgb");
            if (!Files.exists(raw)) render(scene, raw);
            int frames = (int) (Files.size(raw) / (W * H * 3));
            Path marked = cache.resolve(scene + "-marked.mp4");
            double[] psnr = markAndEncode(raw, frames, id, marked, ffmpeg);
            System.out.printf(Locale.ROOT, "%s: %d frames, PSNR (watermark only) min %.2f mean %.2f,"
                    + " max mean-strength step %.3f%n", scene, frames, psnr[0], psnr[1], psnr[2]);
            for (Map.Entry<String, String> a : ATTACKS.entrySet()) {
                Path out = cache.resolve("attacked.mp4");
                attack(ffmpeg, marked, a.getValue(), out);
                long t0 = System.nanoTime();
                Detection d = detect(out);
                boolean ok = d.found() && d.contentId().orElseThrow().equals(id) && d.timeFound()
                        && Math.abs(d.startSeconds() - START) <= 0.5;
                System.out.printf(Locale.ROOT, "  %-22s %s found=%b z=%5.2f sig=%.2f start=%.2f mirror=%b"
                        + " vis=%.2fx%.2f (%.1f s)%n", a.getKey(), ok ? "OK  " : "MISS", d.found(),
                        d.syncZ(), d.signal(), d.startSeconds(), d.mirrored(), d.visibleWidth(),
                        d.visibleHeight(), (System.nanoTime() - t0) / 1e9);
            }
            if (unmarkedToo) {
                Path plain = cache.resolve(scene + "-plain.mp4");
                encodeRaw(raw, ffmpeg, plain);
                for (Map.Entry<String, String> a : ATTACKS.entrySet()) {
                    Path out = cache.resolve("attacked.mp4");
                    attack(ffmpeg, plain, a.getValue(), out);
                    Detection d = detect(out);
                    System.out.printf(Locale.ROOT, "  unmarked %-22s found=%b z=%5.2f%n",
                            a.getKey(), d.found(), d.syncZ());
                }
            }
        }
    }

    static void render(String scene, Path raw) throws IOException {
        Path board = Path.of("..", "examples", scene + ".txt");
        Storyboard sb = StoryboardParser.parse(board.toString(), Files.readAllBytes(board));
        DirectorConfig config = DirectorConfig.defaults().withSize(W, H);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(raw), 1 << 20);
                Stages stages = Stages.defaults(config)) {
            byte[] row = new byte[W * H * 3];
            VideoSink sink = VideoSink.framesOnly(f -> {
                int[] p = f.rgb();
                for (int i = 0; i < p.length; i++) {
                    row[3 * i] = (byte) (p[i] >>> 16);
                    row[3 * i + 1] = (byte) (p[i] >>> 8);
                    row[3 * i + 2] = (byte) p[i];
                }
                out.write(row);
            });
            new Director(config, stages).run(sb, sink, ProgressListener.NONE);
        }
    }

    static Frame readFrame(InputStream in, long index) throws IOException {
        byte[] b = in.readNBytes(W * H * 3);
        if (b.length < W * H * 3) return null;
        int[] rgb = new int[W * H];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (b[3 * i] & 0xFF) << 16 | (b[3 * i + 1] & 0xFF) << 8 | (b[3 * i + 2] & 0xFF);
        }
        return new Frame(W, H, rgb, new Timecode(index, FPS));
    }

    /** Marks as generate does, encodes with x264 CRF 20; returns {min PSNR, mean, max step}. */
    static double[] markAndEncode(Path raw, int frames, ContentId id, Path target, String ffmpeg)
            throws IOException, InterruptedException {
        Process p = rawEncoder(ffmpeg, target);
        WatermarkEmbedder e = new WatermarkEmbedder(W, H, FPS, id);
        double min = Double.POSITIVE_INFINITY;
        double sum = 0;
        double prevStrength = Double.NaN;
        double maxStep = 0;
        try (InputStream in = Files.newInputStream(raw);
                OutputStream pipe = new BufferedOutputStream(p.getOutputStream(), 1 << 20);
                MarkingSink sink = new MarkingSink(rawSink(pipe),
                        new dev.longshot.director.VideoFormat(W, H, FPS,
                                dev.longshot.director.VideoCodec.H264, 48_000),
                        id, LabelMode.CORNER)) {
            for (int i = 0; i < frames; i++) {
                Frame f = readFrame(in, i);
                int[] m = f.rgb().clone();
                e.mark(m, i);
                double ps = Psnr.between(f.rgb(), m);
                min = Math.min(min, ps);
                sum += ps;
                double strength = rms(f.rgb(), m);
                if (!Double.isNaN(prevStrength)) {
                    maxStep = Math.max(maxStep, Math.abs(strength - prevStrength));
                }
                prevStrength = strength;
                sink.writeFrame(f);
            }
            sink.finish();
        }
        if (p.waitFor() != 0) throw new IOException("ffmpeg failed");
        return new double[] {min, sum / frames, maxStep};
    }

    static double rms(int[] a, int[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            int d = (a[i] & 0xFF) - (b[i] & 0xFF);
            s += d * d;
        }
        return Math.sqrt(s / a.length);
    }

    static void encodeRaw(Path raw, String ffmpeg, Path target)
            throws IOException, InterruptedException {
        Process p = rawEncoder(ffmpeg, target);
        try (OutputStream pipe = p.getOutputStream()) {
            Files.copy(raw, pipe);
        }
        if (p.waitFor() != 0) throw new IOException("ffmpeg failed");
    }

    static Process rawEncoder(String ffmpeg, Path target) throws IOException {
        return new ProcessBuilder(ffmpeg, "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt",
                "rgb24", "-s", W + "x" + H, "-r", Integer.toString(FPS), "-i", "-", "-pix_fmt",
                "yuv420p", "-c:v", "libx264", "-preset", "veryfast", "-crf", "20",
                target.toString()).redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    static VideoSink rawSink(OutputStream pipe) {
        byte[] row = new byte[W * H * 3];
        return VideoSink.framesOnly(f -> {
            int[] p = f.rgb();
            for (int i = 0; i < p.length; i++) {
                row[3 * i] = (byte) (p[i] >>> 16);
                row[3 * i + 1] = (byte) (p[i] >>> 8);
                row[3 * i + 2] = (byte) p[i];
            }
            pipe.write(row);
        });
    }

    static void attack(String ffmpeg, Path in, String args, Path out)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ffmpeg, "-v", "error", "-y", "-ss",
                Double.toString(START), "-i", in.toString(), "-t", "10", "-an"));
        for (String a : args.split(" ")) cmd.add(a);
        cmd.add(out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("ffmpeg: " + log);
    }

    static Detection detect(Path file) throws IOException {
        return WatermarkSource.detect(file, 60);
    }

    private RobustnessHarness() {}
}
