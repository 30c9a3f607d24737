package dev.longshot.media.provenance;

import dev.longshot.director.VideoFormat;
import dev.longshot.director.VideoSink;
import dev.longshot.director.VideoSinkContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The labelling and watermarking stage, over a real encoder, under the sink contract. */
class MarkingSinkTest extends VideoSinkContract {
    private static final Map<String, String> META = Map.of(
            "comment", "AI-generated video. Synthesised by longshot test; not camera footage.");

    @TempDir Path dir;
    private Path target;
    private int opened;

    /** Large enough for the corner label and the watermark's blocks. */
    @Override
    protected VideoFormat format() {
        VideoFormat small = super.format();
        return new VideoFormat(160, 90, small.fps(), small.codec(), small.audioSampleRate());
    }

    @Override
    protected VideoSink open(VideoFormat format) throws IOException {
        target = dir.resolve("marked-" + ++opened + ".mp4");
        return new MarkingSink(FfmpegWriter.open(target, format, META), format,
                ContentId.of("ab".repeat(32), 42), LabelMode.BOTH);
    }

    @Override
    protected boolean published() {
        return Files.exists(target);
    }
}
