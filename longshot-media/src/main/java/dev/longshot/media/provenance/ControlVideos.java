package dev.longshot.media.provenance;

import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.Stages;
import dev.longshot.media.decode.VideoReader;
import dev.longshot.media.encode.FfmpegProgram;
import dev.longshot.media.provenance.watermark.Detection;
import dev.longshot.story.Storyboard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The watermark benchmark's controls: our renderer's own frames encoded without the marking
 * stage, for counting false positives. Each control is written, examined by the same detector
 * {@code longshot verify} runs, and deleted before the next is made; callers get the
 * detections, never a file. The controls carry no metadata at all — neither longshot's (they
 * are not labelled output) nor any camera's.
 */
public final class ControlVideos {
    /** Controls are rendered at this size, the size of the FFmpeg test sources beside them. */
    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    /** Seconds of video the detector examines, as {@code verify} does by default. */
    static final double DETECT_SECONDS = 60;

    private ControlVideos() {}

    /**
     * Renders {@code storyboard} unmarked once per seed {@code firstSeed … firstSeed+count-1}
     * at 640×360 and returns what the watermark detector finds in each, in seed order.
     *
     * @param workDir an existing directory for the temporary files; left as it was found
     */
    public static List<Detection> detectInControls(Path workDir, Storyboard storyboard,
            int firstSeed, int count) throws IOException {
        if (count < 0) throw new IllegalArgumentException("count " + count + " < 0");
        List<Detection> found = new ArrayList<>(count);
        Path video = workDir.resolve("unmarked-control.mp4");
        for (int i = 0; i < count; i++) {
            try {
                render(video, storyboard, firstSeed + i);
                found.add(detect(video));
            } finally {
                Files.deleteIfExists(video);
            }
        }
        return found;
    }

    /**
     * Renders {@code storyboard} unmarked once (seed {@code seed}), cuts the render into
     * consecutive {@code excerptSeconds}-second excerpts — each re-encoded with x264 CRF 23 as a
     * file of its own, by one run of the FFmpeg program — and returns what the detector finds in
     * each whole excerpt, in order, examined on {@code pool}. Rendering is what makes a control
     * expensive; one render feeding many excerpts is what makes hundreds of them affordable.
     * Excerpts of one render are different pictures but not independent of each other.
     *
     * @param workDir an existing directory for the temporary files; left as it was found
     */
    public static List<Detection> detectInExcerpts(Path workDir, Storyboard storyboard, int seed,
            int excerptSeconds, ExecutorService pool) throws IOException, InterruptedException {
        if (excerptSeconds < 1) throw new IllegalArgumentException("excerpts of < 1 s");
        Path video = workDir.resolve("unmarked-control-" + seed + ".mp4");
        String stem = "unmarked-control-" + seed + "-part-";
        try {
            render(video, storyboard, seed);
            int fps = DirectorConfig.defaults().fps();
            cut(video, excerptSeconds, workDir.resolve(stem + "%03d.mp4"));
            Files.deleteIfExists(video);
            List<Path> parts = parts(workDir, stem);
            List<Future<Detection>> work = new ArrayList<>();
            for (Path p : parts) {
                if (frames(p) < (long) excerptSeconds * fps) continue; // the render's short tail
                work.add(pool.submit(() -> detect(p)));
            }
            List<Detection> found = new ArrayList<>(work.size());
            for (Future<Detection> f : work) found.add(f.get());
            return found;
        } catch (ExecutionException e) {
            throw new IOException("examining an unmarked excerpt failed: " + e.getCause(),
                    e.getCause());
        } finally {
            Files.deleteIfExists(video);
            for (Path p : parts(workDir, stem)) Files.deleteIfExists(p);
        }
    }

    /** Re-encodes {@code video} as consecutive excerpts, each starting on a key frame. */
    private static void cut(Path video, int seconds, Path pattern)
            throws IOException, InterruptedException {
        List<String> args = List.of("-v", "error", "-y", "-i", video.toString(), "-an",
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p",
                "-force_key_frames", "expr:gte(t,n_forced*" + seconds + ")", "-f", "segment",
                "-segment_time", Integer.toString(seconds), "-reset_timestamps", "1",
                pattern.toString());
        Process p = FfmpegProgram.command(args).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("cutting an unmarked control failed: " + log);
    }

    private static List<Path> parts(Path dir, String stem) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> String.valueOf(f.getFileName()).startsWith(stem)).sorted()
                    .toList();
        }
    }

    private static long frames(Path video) throws IOException {
        try (VideoReader r = VideoReader.open(video)) {
            return r.info().frameCount();
        }
    }

    /** One control video at {@code target}: renderer frames, no marks, no metadata. */
    static void render(Path target, Storyboard storyboard, int seed) throws IOException {
        DirectorConfig config = DirectorConfig.defaults().withSize(WIDTH, HEIGHT).withSeed(seed);
        try (Stages stages = Stages.defaults(config)) {
            Director director = new Director(config, stages);
            try (FfmpegWriter sink = FfmpegWriter.open(target, director.format(), Map.of())) {
                director.run(storyboard, sink, ProgressListener.NONE);
                sink.finish();
            }
        }
    }

    /** What {@code longshot verify} would find in {@code file}. */
    static Detection detect(Path file) throws IOException {
        return WatermarkSource.detect(file, DETECT_SECONDS);
    }
}
