package dev.longshot.media;

import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoFormat;
import dev.longshot.director.VideoSink;
import dev.longshot.media.provenance.UnmarkedTestWriter;
import dev.longshot.render.Frame;
import dev.longshot.world.Timecode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Synthetic test pictures and small videos made from them. */
public final class TestVideos {
    public static final int WIDTH = 320;
    public static final int HEIGHT = 240;
    public static final int FPS = 24;
    public static final int SAMPLE_RATE = 48_000;

    private TestVideos() {}

    public static VideoFormat format(VideoCodec codec) {
        return new VideoFormat(WIDTH, HEIGHT, FPS, codec, SAMPLE_RATE);
    }

    /** A smooth colour field with a bright square, both moving with the frame index. */
    public static Frame pattern(int width, int height, int index, int fps) {
        int[] rgb = new int[width * height];
        int sx = (index * 5) % (width - 40);
        int sy = (index * 3) % (height - 40);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (int) (128 + 100 * StrictMath.sin((x + 4.0 * index) / 23.0));
                int g = (int) (128 + 100 * StrictMath.cos((y + 2.0 * index) / 17.0));
                int b = (int) (128 + 90 * StrictMath.sin((x + y - 3.0 * index) / 41.0));
                if (x >= sx && x < sx + 40 && y >= sy && y < sy + 40) {
                    r = 240;
                    g = 230;
                    b = 40;
                }
                rgb[y * width + x] = r << 16 | g << 8 | b;
            }
        }
        return new Frame(width, height, rgb, new Timecode(index, fps));
    }

    /**
     * Writes {@code frames} pattern frames and one second of silence per second of video,
     * unmarked (through the test-only writer) so tests can compare decoded pixels exactly.
     */
    public static Path write(Path target, VideoCodec codec, int frames, Map<String, String> meta)
            throws IOException {
        try (VideoSink sink = UnmarkedTestWriter.open(target, format(codec), meta)) {
            for (int i = 0; i < frames; i++) {
                sink.writeFrame(pattern(WIDTH, HEIGHT, i, FPS));
            }
            sink.writeAudio(new short[frames * SAMPLE_RATE / FPS]);
            sink.finish();
        }
        return target;
    }
}
