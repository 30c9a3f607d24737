package dev.longshot.media.provenance.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.media.provenance.WatermarkSource;
import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoFormat;
import dev.longshot.director.VideoSink;
import dev.longshot.media.provenance.UnmarkedTestWriter;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marked textured video → attack → real encoder → decoder → detector. */
class WatermarkAttackTest {
    static final int W = 640;
    static final int H = 360;
    static final int FPS = 24;
    static final long FIRST = 100L * FPS + 5; // the excerpt starts 100 s + 5 frames in
    static List<Frame> marked;

    @TempDir
    static Path dir;

    @BeforeAll
    static void markTenSeconds() {
        marked = WatermarkRoundTripTest.video(W, H, FPS, FIRST, 10 * FPS, true);
    }

    static Detection encodeAndDetect(String name, VideoCodec codec, UnaryOperator<Frame> attack)
            throws IOException {
        Frame probe = attack.apply(marked.get(0));
        Path file = dir.resolve(name + ".mp4");
        try (VideoSink sink = UnmarkedTestWriter.open(file,
                new VideoFormat(probe.width(), probe.height(), FPS, codec, 48_000), Map.of())) {
            for (Frame f : marked) sink.writeFrame(attack.apply(f));
            sink.finish();
        }
        Detection d = WatermarkDetector.detect(WatermarkSource.of(file), FPS, 60);
        System.out.println(name + ": " + d);
        return d;
    }

    static void assertFoundAt(Detection d) {
        assertTrue(d.found(), "not found: " + d);
        assertEquals(WatermarkRoundTripTest.ID, d.contentId().orElseThrow());
        assertTrue(d.timeFound(), "time: " + d);
        assertEquals((double) FIRST / FPS, d.startSeconds(), 0.25);
    }

    @Test
    void survivesH264() throws IOException {
        assertFoundAt(encodeAndDetect("h264", VideoCodec.H264, f -> f));
    }

    @Test
    void survivesH265() throws IOException {
        assertFoundAt(encodeAndDetect("h265", VideoCodec.H265, f -> f));
    }

    @Test
    void survivesCroppingTenPercent() throws IOException {
        Detection d = encodeAndDetect("crop", VideoCodec.H264, f -> crop(f, 32, 18, 576, 324));
        assertFoundAt(d);
        assertEquals(0.9, d.visibleWidth(), 0.02);
    }

    @Test
    void survivesDownscalingToHalf() throws IOException {
        assertFoundAt(encodeAndDetect("half", VideoCodec.H264, WatermarkAttackTest::half));
    }

    @Test
    void survivesAHorizontalMirror() throws IOException {
        Detection d = encodeAndDetect("mirror", VideoCodec.H264, WatermarkAttackTest::mirror);
        assertFoundAt(d);
        assertTrue(d.mirrored(), "reported as mirrored: " + d);
    }

    @Test
    void anUnflippedVideoIsNotCalledMirrored() throws IOException {
        Detection d = encodeAndDetect("plain", VideoCodec.H264, f -> f);
        assertTrue(!d.mirrored(), d.toString());
    }

    static Frame mirror(Frame f) {
        int[] out = new int[f.rgb().length];
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                out[y * f.width() + x] = f.rgb()[y * f.width() + f.width() - 1 - x];
            }
        }
        return new Frame(f.width(), f.height(), out, f.time());
    }

    static Frame crop(Frame f, int x0, int y0, int w, int h) {
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) System.arraycopy(f.rgb(), (y0 + y) * f.width() + x0, out, y * w, w);
        return new Frame(w, h, out, f.time());
    }

    /** 2×2 box average. */
    static Frame half(Frame f) {
        int w = f.width() / 2;
        int h = f.height() / 2;
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int d = 0; d < 4; d++) {
                    int p = f.rgb()[(2 * y + d / 2) * f.width() + 2 * x + d % 2];
                    r += p >>> 16 & 0xFF;
                    g += p >>> 8 & 0xFF;
                    b += p & 0xFF;
                }
                out[y * w + x] = (r + 2) / 4 << 16 | (g + 2) / 4 << 8 | (b + 2) / 4;
            }
        }
        return new Frame(w, h, out, f.time());
    }
}
