package dev.longshot.media.provenance;

import static dev.longshot.media.TestVideos.FPS;
import static dev.longshot.media.TestVideos.HEIGHT;
import static dev.longshot.media.TestVideos.WIDTH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoFormat;
import dev.longshot.director.VideoSink;
import dev.longshot.director.VideoSinkContract;
import dev.longshot.media.TestVideos;
import dev.longshot.media.decode.VideoInfo;
import dev.longshot.media.decode.VideoReader;
import dev.longshot.media.metrics.Psnr;
import dev.longshot.render.Frame;
import dev.longshot.world.Timecode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FfmpegWriterTest extends VideoSinkContract {
    private Path target;
    private int opened;

    @Override
    protected VideoSink open(VideoFormat format) throws IOException {
        target = dir.resolve("contract-" + ++opened + ".mp4");
        return FfmpegWriter.open(target, format, META);
    }

    @Override
    protected boolean published() {
        return Files.exists(target);
    }

    static final Map<String, String> META = Map.of(
            "title", "longshot: test.txt",
            "comment", "AI-generated video. Synthesised by longshot test; not camera footage.",
            "generator", "longshot test",
            "storyboard_sha256", "ab".repeat(32),
            "seed", "42");

    @TempDir Path dir;

    @Test
    void twoSecondsDecodeToTheSameFramesSizeDurationAudioAndMetadata() throws IOException {
        Path mp4 = TestVideos.write(dir.resolve("pattern.mp4"), VideoCodec.H264, 48, META);

        try (VideoReader reader = VideoReader.open(mp4)) {
            VideoInfo info = reader.info();
            assertEquals(WIDTH, info.width());
            assertEquals(HEIGHT, info.height());
            assertEquals(24.0, info.fps(), 1e-9);
            assertEquals(48, info.frameCount());
            assertEquals(2.0, info.durationSeconds(), 0.05);
            assertEquals("h264", info.videoCodec());
            assertTrue(info.hasAudio());
            assertEquals("aac", info.audioCodec());
            assertEquals(TestVideos.SAMPLE_RATE, info.audioSampleRate());
            META.forEach((k, v) -> assertEquals(v, info.metadata().get(k), k + " in " + info));

            double error = 0;
            int n = 0;
            for (Frame f; (f = reader.nextFrame()) != null; n++) {
                assertEquals(new Timecode(n, FPS), f.time());
                error += Psnr.squaredError(
                        TestVideos.pattern(WIDTH, HEIGHT, n, FPS).rgb(), f.rgb());
            }
            assertEquals(48, n);
            double psnr = Psnr.of(error, 48L * WIDTH * HEIGHT * 3);
            assertTrue(psnr >= 30, "PSNR " + psnr + " dB");
        }
        assertEquals(List.of(mp4), listDir(), "no temporary file left");
    }

    @Test
    void encodingTheSameFramesTwiceDecodesToIdenticalPixels() throws Exception {
        Path a = TestVideos.write(dir.resolve("a.mp4"), VideoCodec.H264, 24, META);
        Path b = TestVideos.write(dir.resolve("b.mp4"), VideoCodec.H264, 24, META);
        assertEquals(decodedDigest(a), decodedDigest(b));
    }

    @ParameterizedTest
    @EnumSource(value = VideoCodec.class, names = {"H265", "AV1"})
    void otherCodecsOpenAndDecode(VideoCodec codec) throws IOException {
        Path mp4 = TestVideos.write(dir.resolve(codec.id() + ".mp4"), codec, 24, META);
        try (VideoReader reader = VideoReader.open(mp4)) {
            assertEquals(codec == VideoCodec.H265 ? "hevc" : "av1", reader.info().videoCodec());
            assertEquals(24, reader.info().frameCount());
            assertEquals("42", reader.info().metadata().get("seed"));
            int n = 0;
            double error = 0;
            for (Frame f; (f = reader.nextFrame()) != null; n++) {
                error += Psnr.squaredError(
                        TestVideos.pattern(WIDTH, HEIGHT, n, FPS).rgb(), f.rgb());
            }
            assertEquals(24, n);
            double psnr = Psnr.of(error, 24L * WIDTH * HEIGHT * 3);
            assertTrue(psnr >= 28, codec + " PSNR " + psnr + " dB");
        }
    }

    @Test
    void h265IsTaggedHvc1ForApplePlayers() throws IOException {
        Path mp4 = TestVideos.write(dir.resolve("hevc.mp4"), VideoCodec.H265, 4, META);
        byte[] bytes = Files.readAllBytes(mp4);
        assertTrue(contains(bytes, "hvc1".getBytes()), "hvc1 sample entry");
        assertFalse(contains(bytes, "hev1".getBytes()), "no hev1 sample entry");
    }

    @Test
    void closeWithoutFinishLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("unfinished.mp4");
        try (FfmpegWriter sink =
                FfmpegWriter.open(target, TestVideos.format(VideoCodec.H264), META)) {
            for (int i = 0; i < 10; i++) sink.writeFrame(TestVideos.pattern(WIDTH, HEIGHT, i, FPS));
            assertEquals(1, listDir().size(), "only the temporary file while writing");
            assertTrue(listDir().get(0).getFileName().toString()
                    .matches("\\.unfinished\\.mp4\\..*\\.partial"), listDir().toString());
        }
        assertEquals(List.of(), listDir());
    }

    @Test
    void finishReplacesAnExistingFile() throws IOException {
        Path target = dir.resolve("again.mp4");
        Files.writeString(target, "old contents");
        TestVideos.write(target, VideoCodec.H264, 4, META);
        try (VideoReader reader = VideoReader.open(target)) {
            assertEquals(4, reader.info().frameCount());
        }
        assertEquals(List.of(target), listDir());
    }

    @Test
    void missingDirectoryFailsBeforeAnythingIsWritten() {
        Path target = dir.resolve("no-such-dir").resolve("out.mp4");
        IOException e = assertThrows(IOException.class, () -> open(target));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertEquals(List.of(), listDir());
    }

    @Test
    void parentThatIsAFileFails() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        Path target = file.resolve("out.mp4");
        IOException e = assertThrows(IOException.class, () -> open(target));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("is not a directory"), e.getMessage());
        assertEquals(List.of(file), listDir());
    }

    @Test
    void targetThatIsADirectoryFails() throws IOException {
        Path target = Files.createDirectory(dir.resolve("film.mp4"));
        IOException e = assertThrows(IOException.class, () -> open(target));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
        assertEquals(List.of(target), listDir());
    }

    @Test
    void unwritableDirectoryFails() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path target = locked.resolve("out.mp4");
            IOException e = assertThrows(IOException.class, () -> open(target));
            assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("not writable"), e.getMessage());
            try (Stream<Path> s = Files.list(locked)) {
                assertEquals(0, s.count());
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void frameOfTheWrongSizeIsRejectedNamingBothSizes() throws IOException {
        try (FfmpegWriter sink = open(dir.resolve("size.mp4"))) {
            Frame small = TestVideos.pattern(160, 120, 0, FPS);
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> sink.writeFrame(small));
            assertTrue(e.getMessage().contains("160x120"), e.getMessage());
            assertTrue(e.getMessage().contains(WIDTH + "x" + HEIGHT), e.getMessage());
        }
        assertEquals(List.of(), listDir());
    }

    @ParameterizedTest
    @ValueSource(strings = {"make", "model", "com.apple.quicktime.make",
            "com.apple.quicktime.model", "camera", "Camera_Model", "MAKE"})
    void metadataNamingACameraIsRejected(String key) {
        Map<String, String> meta = Map.of("title", "x", key, "Canon");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FfmpegWriter.open(dir.resolve("cam.mp4"),
                        TestVideos.format(VideoCodec.H264), meta));
        assertTrue(e.getMessage().contains(key), e.getMessage());
        assertEquals(List.of(), listDir());
    }

    @Test
    void audioIsPaddedWithSilenceWhenNoneWasWritten() throws IOException {
        Path target = dir.resolve("quiet.mp4");
        try (FfmpegWriter sink = open(target)) {
            for (int i = 0; i < 24; i++) sink.writeFrame(TestVideos.pattern(WIDTH, HEIGHT, i, FPS));
            sink.finish();
        }
        try (VideoReader reader = VideoReader.open(target)) {
            assertTrue(reader.info().hasAudio());
            assertEquals(1.0, reader.info().durationSeconds(), 0.05);
        }
    }

    private FfmpegWriter open(Path target) throws IOException {
        return FfmpegWriter.open(target, TestVideos.format(VideoCodec.H264), META);
    }

    private List<Path> listDir() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String decodedDigest(Path mp4) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (VideoReader reader = VideoReader.open(mp4)) {
            for (Frame f; (f = reader.nextFrame()) != null; ) {
                ByteBuffer buf = ByteBuffer.allocate(f.rgb().length * 4)
                        .order(ByteOrder.LITTLE_ENDIAN);
                buf.asIntBuffer().put(f.rgb());
                sha.update(buf);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return true;
        }
        return false;
    }

    @Test
    void decodedFrameHasTheFormatSize() throws IOException {
        Path mp4 = TestVideos.write(dir.resolve("one.mp4"), VideoCodec.H264, 1, META);
        try (VideoReader reader = VideoReader.open(mp4)) {
            Frame f = reader.nextFrame();
            assertNotNull(f);
            assertEquals(WIDTH * HEIGHT, f.rgb().length);
            assertNull(reader.nextFrame());
        }
        assertArrayEquals(new Object[] {mp4}, listDir().toArray());
    }
}
