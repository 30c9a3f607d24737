package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.media.provenance.ContentId;
import dev.longshot.story.Storyboard;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code generate} always marks; {@code verify} finds the marks and refuses bad files. Videos
 * are 10 s long: the watermark is specified for excerpts of 10 s or more.
 */
class VerifyCommandTest {
    @TempDir
    static Path dir;
    static Path board;
    static String contentId;

    @BeforeAll
    static void storyboard() throws IOException {
        board = dir.resolve("board.txt");
        Files.writeString(board, "晨光中的森林\n[9s] Aerial shot over the valley at dusk\n",
                StandardCharsets.UTF_8);
        Storyboard sb = StoryboardFiles.read(board);
        contentId = ContentId.of(sb.sha256(), 5).toString();
    }

    static Path generate(String label) {
        Path out = dir.resolve("out-" + label + ".mp4");
        Cli r = Cli.run("generate", board.toString(), "-o", out.toString(), "--size", "640x360",
                "--seed", "5", "--quiet", "--visible-label", label);
        assertEquals(0, r.exit(), r.err());
        if (label.equals("none")) assertTrue(r.err().contains("warning"), r.err());
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"both", "corner", "slate", "none"})
    void everyVisibleLabelChoiceStillWatermarksAndLabelsTheMetadata(String label) {
        Path video = generate(label);
        Cli r = Cli.run("verify", video.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("FOUND"), r.out());
        assertTrue(r.out().contains("content ID: " + contentId), r.out());
        // the position is read to within a quarter second
        assertTrue(r.out().matches("(?s).*excerpt: +00:00:00\\.[01]\\d\\d – 00:00:10\\.[01].*"),
                r.out());
        assertTrue(r.out().contains("ai_generated: true"), r.out());
        assertTrue(r.out().contains("\"ProduceID\":\"" + contentId + "\""), r.out());
        assertTrue(r.out().contains("creation_time: 20"), r.out());
    }

    @Test
    void jsonReportsFoundIdRangeAndMetadata() {
        Path video = generate("both");
        Cli r = Cli.run("verify", "--json", video.toString());
        assertEquals(0, r.exit(), r.err());
        String j = r.out().strip();
        assertTrue(j.startsWith("{") && j.endsWith("}"), j);
        assertTrue(j.contains("\"found\":true"), j);
        assertTrue(j.contains("\"contentId\":\"" + contentId + "\""), j);
        assertTrue(j.matches(".*\"originalStart\":0\\.[01]\\d\\d,.*"), j);
        assertTrue(j.contains("\"AIGC\":\"{\\\"Label\\\":\\\"1\\\""), j);
    }

    @Test
    void unmarkedVideoIsNotFoundWithExitOne() throws IOException {
        // Written with JavaCV directly, as any other tool would: longshot's own code has no
        // way to write an unmarked video (OnlyProvenanceWritesVideoTest).
        Path plain = dir.resolve("plain.mp4");
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        ByteBuffer bgr0 = ByteBuffer.allocateDirect(640 * 360 * 4).order(ByteOrder.LITTLE_ENDIAN);
        try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(plain.toFile(), 640, 360, 0)) {
            rec.setFormat("mp4");
            rec.setVideoCodecName("libx264");
            rec.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            rec.setFrameRate(24);
            rec.start();
            for (int i = 0; i < 72; i++) {
                bgr0.clear();
                for (int p = 0; p < 640 * 360; p++) {
                    int x = p % 640 + 3 * i;
                    int y = p / 640;
                    bgr0.putInt((x * 255 / 1000) << 16 | (y * 255 / 360) << 8 | ((x ^ y) & 0x3F));
                }
                bgr0.clear();
                rec.recordImage(640, 360, org.bytedeco.javacv.Frame.DEPTH_UBYTE, 4, 640 * 4,
                        avutil.AV_PIX_FMT_BGR0, bgr0);
            }
            rec.stop();
        }
        Cli r = Cli.run("verify", plain.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("not found"), r.out());
        assertTrue(r.out().contains("no longshot metadata"), r.out());
        assertTrue(Cli.run("verify", "--json", plain.toString()).out().contains("\"found\":false"));
    }

    @Test
    void badFilesExitTwoWithOneClearLine() throws IOException {
        Path video = generate("corner");
        byte[] bytes = Files.readAllBytes(video);
        Path truncated = dir.resolve("truncated.mp4");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 3));
        Path empty = Files.createFile(dir.resolve("empty.mp4"));
        Path text = dir.resolve("notes.mp4");
        Files.writeString(text, "this is not a video\n");
        Path garbage = dir.resolve("garbage.mp4");
        byte[] noise = new byte[50_000];
        new java.util.Random(1).nextBytes(noise);
        Files.write(garbage, noise);
        Path folder = Files.createDirectory(dir.resolve("folder.mp4"));
        for (Path bad : new Path[] {dir.resolve("missing.mp4"), empty, text, garbage, truncated,
                folder}) {
            Cli r = Cli.run("verify", bad.toString());
            assertEquals(2, r.exit(), bad + ": " + r.out() + r.err());
            String err = r.err().strip();
            assertTrue(err.startsWith("longshot: ") && err.contains(bad.getFileName().toString())
                    && !err.contains("\n"), bad + ": " + err);
        }
    }

    @Test
    void generateRefusesUnknownLabelChoiceAndTooSmallFrames() {
        Cli r = Cli.run("generate", board.toString(), "-o", dir.resolve("x.mp4").toString(),
                "--visible-label", "off");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("corner, slate, both or none"), r.err());
        Cli small = Cli.run("generate", board.toString(), "-o", dir.resolve("y.mp4").toString(),
                "--size", "64x36");
        assertEquals(2, small.exit());
        assertTrue(small.err().contains("too small to carry the watermark"), small.err());
        assertTrue(!Files.exists(dir.resolve("x.mp4")) && !Files.exists(dir.resolve("y.mp4")));
    }
}
