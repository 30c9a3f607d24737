package dev.longshot.media.provenance;

import dev.longshot.director.VideoFormat;
import dev.longshot.director.VideoSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Tests only: the package-private FFmpeg writer, for tests in other packages that need the
 * exact frames they wrote (decoder round trips, frames marked and attacked by the test itself).
 * It lives in the test sources, which never ship; main code has no such door.
 */
public final class UnmarkedTestWriter {
    private UnmarkedTestWriter() {}

    public static VideoSink open(Path target, VideoFormat format, Map<String, String> metadata)
            throws IOException {
        return FfmpegWriter.open(target, format, metadata);
    }
}
