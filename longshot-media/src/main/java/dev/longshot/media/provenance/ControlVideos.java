package dev.longshot.media.provenance;

import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.Stages;
import dev.longshot.media.provenance.watermark.Detection;
import dev.longshot.story.Storyboard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
