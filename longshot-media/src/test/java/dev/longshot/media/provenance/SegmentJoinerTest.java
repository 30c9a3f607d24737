package dev.longshot.media.provenance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.longshot.director.DirectorConfig;
import dev.longshot.director.SegmentFiles;
import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoFormat;
import dev.longshot.director.VideoSink;
import dev.longshot.media.TestVideos;
import dev.longshot.media.decode.AudioReader;
import dev.longshot.media.decode.VideoInfo;
import dev.longshot.media.decode.VideoReader;
import dev.longshot.media.encode.FfmpegProgram;
import dev.longshot.media.provenance.c2pa.C2paVerifier;
import dev.longshot.media.provenance.c2pa.ManifestCheck;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Segments joined in process: the same frames in order, the sound once, a playable MP4. */
class SegmentJoinerTest {
    static final int W = 320;
    static final int H = 180;
    static final int FPS = 12;
    static final int RATE = 48_000;
    static final int SEGMENTS = 3;
    static final VideoFormat FORMAT = new VideoFormat(W, H, FPS, VideoCodec.H264, RATE, 2,
            false);

    @TempDir static Path dir;
    static Store store;
    static Map<String, String> meta;
    static Path joined;

    /** A store of 1-s segments, each file where its index says, finished when both exist. */
    record Store(Path dir) implements SegmentFiles {
        @Override public int segmentSeconds() {
            return 1;
        }

        @Override public Path video(int k) {
            return dir.resolve("seg-" + k + ".mp4");
        }

        @Override public Path audio(int k) {
            return dir.resolve("seg-" + k + ".pcm");
        }

        @Override public boolean finished(int k) {
            return Files.exists(video(k)) && Files.exists(audio(k));
        }

        @Override public void finish(int k) { }
    }

    @BeforeAll
    static void segmentedVideo() throws IOException {
        store = new Store(Files.createDirectories(dir.resolve("store")));
        meta = ProvenanceMetadata.of("0.1.0", ProvenanceMetadataTest.BOARD,
                new DirectorConfig(W, H, FPS, 42, VideoCodec.H264, 2));
        joined = dir.resolve("joined.mp4");
        try (VideoSink sink = LabelledVideoWriter.openSegmented(joined, FORMAT, meta,
                LabelMode.BOTH, null, store, 0,
                SEGMENTS - 1)) {
            for (int s = 0; s < SEGMENTS; s++) {
                for (int i = 0; i < FPS; i++) {
                    sink.writeFrame(TestVideos.pattern(W, H, s * FPS + i, FPS));
                }
                sink.writeAudio(tone(s));
            }
            sink.finish();
        }
    }

    /** Second {@code s}'s sound: a stereo tone whose pitch changes each second. */
    static short[] tone(int s) {
        short[] pcm = new short[RATE * 2];
        for (int i = 0; i < RATE; i++) {
            short v = (short) (8000 * Math.sin(2 * Math.PI * (220 + 110 * s) * i / RATE));
            pcm[2 * i] = v;
            pcm[2 * i + 1] = (short) -v;
        }
        return pcm;
    }

    @Test
    void joinedFramesAreTheSegmentsFramesInOrder() throws IOException {
        List<int[]> expected = new ArrayList<>();
        for (int k = 0; k < SEGMENTS; k++) expected.addAll(frames(store.video(k)));
        List<int[]> actual = frames(joined);
        assertEquals(SEGMENTS * FPS, actual.size());
        for (int i = 0; i < actual.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "frame " + i);
        }
        try (VideoReader r = VideoReader.open(joined)) {
            VideoInfo info = r.info();
            assertEquals(SEGMENTS * FPS, info.frameCount());
            assertEquals(SEGMENTS, info.durationSeconds(), 1e-3);
            assertEquals(FPS, info.fps(), 1e-9);
            assertEquals("aac", info.audioCodec());
            assertEquals(meta.get(ProvenanceMetadata.CONTENT_ID),
                    info.metadata().get(ProvenanceMetadata.CONTENT_ID));
        }
    }

    @Test
    void soundIsTheSegmentsPcmEncodedOnce() throws IOException {
        short[] pcm = new short[0];
        for (int k = 0; k < SEGMENTS; k++) pcm = concat(pcm, pcm(store.audio(k)));
        short[] decoded;
        try (AudioReader a = AudioReader.open(joined)) {
            assertEquals(2, a.channels());
            decoded = a.readAll();
        }
        // AAC codes whole frames of 1024 samples: the last one is padded
        assertTrue(decoded.length >= pcm.length && decoded.length < pcm.length + 2 * 1024,
                decoded.length + " samples decoded of " + pcm.length);
        double signal = 0;
        double error = 0;
        for (int i = 0; i < pcm.length; i++) {
            signal += (double) pcm[i] * pcm[i];
            error += (double) (pcm[i] - decoded[i]) * (pcm[i] - decoded[i]);
        }
        double snr = 10 * Math.log10(signal / error);
        assertTrue(snr > 40, "SNR " + snr + " dB: the sound is not the segments' in order");
    }

    @Test
    void theSameSegmentsJoinToTheSameBytes() throws IOException {
        Path a = dir.resolve("a.mp4");
        Path b = dir.resolve("b.mp4");
        SegmentJoiner.join(store, 0, SEGMENTS - 1, FORMAT, meta, a);
        SegmentJoiner.join(store, 0, SEGMENTS - 1, FORMAT, meta, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void anExcerptJoinsFromItsOwnSegments() throws IOException {
        Path excerpt = dir.resolve("excerpt.mp4");
        SegmentJoiner.join(store, 1, 2, FORMAT, meta, excerpt);
        List<int[]> expected = new ArrayList<>(frames(store.video(1)));
        expected.addAll(frames(store.video(2)));
        List<int[]> actual = frames(excerpt);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < actual.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "frame " + i);
        }
    }

    @Test
    void theJoinedFileCarriesAValidManifest() throws IOException {
        assertEquals(ManifestCheck.State.VALID, C2paVerifier.check(joined, List.of()).state());
    }

    @Test
    void aSegmentEncodedDifferentlyIsRefused() throws IOException {
        Store odd = new Store(Files.createDirectories(dir.resolve("odd")));
        VideoFormat small = new VideoFormat(W / 2, H / 2, FPS, VideoCodec.H264, RATE, 0, false);
        for (int k = 0; k < 2; k++) {
            Files.copy(store.audio(k), odd.audio(k));
            if (k == 0) {
                Files.copy(store.video(k), odd.video(k));
                continue;
            }
            try (FfmpegWriter w = FfmpegWriter.openSegment(odd.video(k), small, meta)) {
                for (int i = 0; i < FPS; i++) {
                    w.writeFrame(TestVideos.pattern(W / 2, H / 2, i, FPS));
                }
                w.finish();
            }
        }
        Path out = dir.resolve("odd.mp4");
        IOException e = assertThrows(IOException.class,
                () -> SegmentJoiner.join(odd, 0, 1, FORMAT, meta, out));
        assertTrue(e.getMessage().contains(odd.video(1).toString())
                && e.getMessage().contains("encoded differently"), e.getMessage());
    }

    @Test
    void ffmpegDecodesTheJoinedFileWithoutComplaint() throws Exception {
        // only a check of the file: the join itself never runs the program
        assumeTrue(FfmpegProgram.runs(), "the bundled ffmpeg program does not start here");
        Process p = FfmpegProgram.command(List.of("-hide_banner", "-nostdin", "-v", "error",
                "-xerror", "-i", joined.toString(), "-f", "null", "-"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        assertFalse(out.contains("rror"), out);
    }

    private static List<int[]> frames(Path video) throws IOException {
        List<int[]> out = new ArrayList<>();
        try (VideoReader r = VideoReader.open(video)) {
            for (Frame f; (f = r.nextFrame()) != null; ) out.add(f.rgb());
        }
        return out;
    }

    private static short[] pcm(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        short[] s = new short[b.length / 2];
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
        return s;
    }

    private static short[] concat(short[] a, short[] b) {
        short[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
