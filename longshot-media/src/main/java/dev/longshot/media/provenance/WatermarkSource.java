package dev.longshot.media.provenance;

import dev.longshot.media.decode.VideoReader;
import dev.longshot.media.provenance.watermark.Detection;
import dev.longshot.media.provenance.watermark.WatermarkDetector;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.nio.file.Path;

/** A video file as the watermark detector reads it: opened again from its first frame. */
public final class WatermarkSource {
    private WatermarkSource() {}

    /** What {@code longshot verify} finds in the first {@code maxSeconds} of {@code file}. */
    public static Detection detect(Path file, double maxSeconds) throws IOException {
        double fps;
        try (VideoReader r = VideoReader.open(file)) {
            fps = r.info().fps();
        }
        return WatermarkDetector.detect(of(file), fps, maxSeconds);
    }

    /** Opens {@code file} with a {@link VideoReader} each time the detector asks. */
    public static WatermarkDetector.Opener of(Path file) {
        return () -> frames(file);
    }

    private static WatermarkDetector.Frames frames(Path file) throws IOException {
        VideoReader reader = VideoReader.open(file);
        return new WatermarkDetector.Frames() {
            @Override
            public Frame next() throws IOException {
                return reader.nextFrame();
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }
}
