package dev.longshot.media.provenance;

import dev.longshot.director.VideoFormat;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The bench's encode-only figure: how fast the FFmpeg writer alone turns frames into an MP4,
 * without the marking stage (marking is timed with the rest of the end-to-end run). The file
 * is a scratch file, deleted before the figure is returned; callers get a number, never a
 * video.
 */
public final class EncoderThroughput {
    private EncoderThroughput() {}

    /**
     * Encodes {@code count} frames, cycling through {@code frames}, into a scratch MP4 in
     * {@code workDir} and returns frames per second, counting opening and finishing the file.
     */
    public static double framesPerSecond(List<Frame> frames, long count, VideoFormat format,
            Path workDir) throws IOException {
        if (frames.isEmpty() || count < 1) {
            throw new IllegalArgumentException("need frames and a count >= 1");
        }
        Path scratch = workDir.resolve("encoder-throughput.mp4");
        try {
            long t0 = System.nanoTime();
            try (FfmpegWriter sink = FfmpegWriter.open(scratch, format, Map.of())) {
                for (long i = 0; i < count; i++) {
                    sink.writeFrame(frames.get((int) (i % frames.size())));
                }
                sink.finish();
            }
            return count / ((System.nanoTime() - t0) / 1e9);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
