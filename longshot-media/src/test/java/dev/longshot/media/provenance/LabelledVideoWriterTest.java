package dev.longshot.media.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.DirectorConfig;
import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoFormat;
import dev.longshot.director.VideoSink;
import dev.longshot.media.TestVideos;
import dev.longshot.media.decode.VideoInfo;
import dev.longshot.media.decode.VideoReader;
import dev.longshot.media.provenance.watermark.Detection;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one public way to write a video always gives a file {@code verify} recognises. */
class LabelledVideoWriterTest {
    static final int W = 640;
    static final int H = 360;
    static final int FPS = 24;
    static final VideoFormat FORMAT = new VideoFormat(W, H, FPS, VideoCodec.H264, 48_000);
    static final DirectorConfig CONFIG = new DirectorConfig(W, H, FPS, 42, VideoCodec.H264, 2);

    @TempDir Path dir;

    static Map<String, String> honest() {
        return ProvenanceMetadata.of("0.1.0", ProvenanceMetadataTest.BOARD, CONFIG);
    }

    @Test
    void aWrittenVideoCarriesWatermarkLabelAndHonestMetadataAndNoCamera() throws IOException {
        Map<String, String> meta = honest();
        Path mp4 = dir.resolve("labelled.mp4");
        // 10 s: the watermark is specified for excerpts of 10 s or more
        try (VideoSink sink = LabelledVideoWriter.open(mp4, FORMAT, meta, LabelMode.BOTH)) {
            for (int i = 0; i < 10 * FPS; i++) sink.writeFrame(TestVideos.pattern(W, H, i, FPS));
            sink.finish();
        }

        Detection d = ControlVideos.detect(mp4); // what `longshot verify` runs
        assertTrue(d.found(), d.toString());
        assertEquals(meta.get(ProvenanceMetadata.CONTENT_ID), d.contentId().orElseThrow()
                .toString());

        try (VideoReader reader = VideoReader.open(mp4)) {
            VideoInfo info = reader.info();
            assertEquals("true", info.metadata().get(ProvenanceMetadata.AI_GENERATED));
            assertEquals(ProvenanceMetadata.LABEL_TEXT,
                    info.metadata().get(ProvenanceMetadata.LABEL));
            assertEquals(meta.get(ProvenanceMetadata.AIGC),
                    info.metadata().get(ProvenanceMetadata.AIGC));
            for (String key : info.metadata().keySet()) {
                assertFalse(CameraClaims.isCameraKey(key), "camera key " + key + " in " + info);
            }
            // the slate over the first frame, the corner label after the slate
            for (Frame f; (f = reader.nextFrame()) != null; ) {
                long i = f.time().frame();
                if (i == 0 || i == 3 * FPS) assertLabelled(f, i);
            }
        }
    }

    /** The decoded frame is far nearer the labelled picture than the plain one. */
    private static void assertLabelled(Frame decoded, long index) {
        int[] plain = TestVideos.pattern(W, H, (int) index, FPS).rgb();
        int[] labelled = plain.clone();
        new VisibleLabel(LabelMode.BOTH, W, H, FPS).stamp(labelled, index);
        double toLabelled = squaredError(labelled, decoded.rgb());
        double toPlain = squaredError(plain, decoded.rgb());
        assertTrue(toLabelled * 4 < toPlain,
                "frame " + index + ": error to labelled " + toLabelled + ", to plain " + toPlain);
    }

    /** Sum of squared R, G, B differences. */
    private static double squaredError(int[] a, int[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                int d = (a[i] >> shift & 0xFF) - (b[i] >> shift & 0xFF);
                sum += d * d;
            }
        }
        return sum;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai_generated", "label", "generator", "comment", "content_id", "AIGC"})
    void metadataWithoutAnHonestKeyIsRefusedBeforeAnythingIsWritten(String key) {
        assertRefused(m -> m.remove(key), key);
    }

    @Test
    void metadataThatDeniesBeingAiGeneratedIsRefused() {
        assertRefused(m -> m.put(ProvenanceMetadata.AI_GENERATED, "false"), "ai_generated");
    }

    @Test
    void metadataNamingACameraIsRefused() {
        assertRefused(m -> m.put("com.apple.quicktime.model", "iPhone"), "camera");
    }

    @Test
    void contentIdThatDisagreesWithTheAigcRecordIsRefused() {
        assertRefused(m -> m.put(ProvenanceMetadata.CONTENT_ID, "0000000001"), "AIGC");
    }

    @Test
    void anotherGeneratorIsRefused() {
        assertRefused(m -> m.put(ProvenanceMetadata.GENERATOR, "some camera app"), "generator");
    }

    @Test
    void frameTooSmallForTheWatermarkLeavesNothingBehind() {
        VideoFormat tiny = new VideoFormat(16, 16, FPS, VideoCodec.H264, 48_000);
        assertThrows(IllegalArgumentException.class, () -> LabelledVideoWriter.open(
                dir.resolve("tiny.mp4"), tiny, honest(), LabelMode.BOTH));
        assertEquals(0, count(dir));
    }

    private void assertRefused(Consumer<Map<String, String>> change, String named) {
        Map<String, String> meta = new LinkedHashMap<>(honest());
        change.accept(meta);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabelledVideoWriter.open(dir.resolve("x.mp4"), FORMAT, meta,
                        LabelMode.NONE));
        assertTrue(e.getMessage().contains(named), e.getMessage());
        assertEquals(0, count(dir));
    }

    static long count(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
