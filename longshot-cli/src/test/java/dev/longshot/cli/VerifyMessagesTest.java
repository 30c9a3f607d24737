package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.media.provenance.c2pa.InstallationKeys;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code verify} says when it is not sure, and that it says only what can be true. */
class VerifyMessagesTest {
    @TempDir static Path dir;
    static Path original;

    @BeforeAll
    static void tenSecondOriginal() throws IOException {
        original = generate("ten", "晨光中的森林\n[9s] Aerial shot over the valley at dusk\n");
    }

    static Path generate(String name, String storyboard) throws IOException {
        Path board = Files.writeString(dir.resolve(name + ".txt"), storyboard,
                StandardCharsets.UTF_8);
        Path out = dir.resolve(name + ".mp4");
        Cli r = Cli.run("generate", board.toString(), "-o", out.toString(), "--size", "640x360",
                "--seed", "5", "--quiet", "--audio", "off");
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    @Test
    void aTooShortVideoSaysItIsTooShortToDecideAndHowLongItMustBe() throws IOException {
        Path shortVideo = dir.resolve("short.mp4");
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        try (FFmpegFrameGrabber in = new FFmpegFrameGrabber(original.toFile());
                FFmpegFrameRecorder out = new FFmpegFrameRecorder(shortVideo.toFile(), 640, 360,
                        0)) {
            in.start();
            out.setFormat("mp4");
            out.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            out.setFrameRate(24);
            out.start();
            // 2 s of an unmarked moving picture, in frames of the original's size and layout
            for (int i = 0; i < 48; i++) {
                Frame f = in.grabImage();
                out.record(Unmarked.paint(f, i));
            }
            out.stop();
            in.stop();
        }
        Cli r = Cli.run("verify", shortVideo.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("too short to decide: 2.0 s of video, the watermark needs"
                + " at least 10 s"), r.out());
        String j = Cli.run("verify", "--json", shortVideo.toString()).out();
        assertTrue(j.contains("\"reason\":\"too short to decide"), j);
    }

    @Test
    void aShortMarkedVideoSaysWhyItsPositionIsNotRead() throws IOException {
        Path shortVideo = generate("short", "dawn over the harbour\nboats leave\n");
        Cli r = Cli.run("verify", shortVideo.toString());
        assertTrue(r.out().contains("position in the original not readable: too short"
                + " (needs at least 10 s)"), r.out());
    }

    @Test
    void theWholeOriginalIsReportedWithinItsOwnDuration() {
        Cli r = Cli.run("verify", original.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("excerpt:    00:00:00.000 – 00:00:10.000 of the original"),
                r.out());
        String j = Cli.run("verify", "--json", original.toString()).out();
        assertTrue(j.contains("\"originalStart\":0.000,\"originalEnd\":10.000"), j);
    }

    @Test
    void aSignedVideoIsValidAndTrustedWithThisInstallationsRoot() {
        Path root = InstallationKeys.directory().resolve(InstallationKeys.ROOT);
        Cli plain = Cli.run("verify", original.toString());
        assertTrue(plain.out().contains("C2PA:       valid, signed by O=longshot,CN=longshot signer"),
                plain.out());
        assertTrue(plain.out().contains("signer not trusted"), plain.out());
        Cli trusted = Cli.run("verify", "--trust", root.toString(), original.toString());
        assertTrue(trusted.out().contains("C2PA:       valid and trusted, signed by"),
                trusted.out());
        assertTrue(trusted.out().contains("states AI-generated (trainedAlgorithmicMedia)"),
                trusted.out());
        String j = Cli.run("verify", "--json", "--trust", root.toString(), original.toString())
                .out();
        assertTrue(j.contains("\"c2pa\":{\"state\":\"trusted\",\"trusted\":true"), j);
    }

    @Test
    void aScaledUncroppedClipIsNotCalledCropped() throws IOException {
        Path scaled = dir.resolve("scaled.mp4");
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        try (FFmpegFrameGrabber in = new FFmpegFrameGrabber(original.toFile())) {
            in.start();
            try (FFmpegFrameRecorder out = new FFmpegFrameRecorder(scaled.toFile(), 426, 240, 0)) {
                out.setFormat("mp4");
                out.setVideoCodec(avcodec.AV_CODEC_ID_H264);
                out.setFrameRate(in.getFrameRate());
                out.setVideoOption("crf", "18");
                out.start();
                for (Frame f; (f = in.grabImage()) != null; ) out.record(f);
                out.stop();
            }
            in.stop();
        }
        Cli r = Cli.run("verify", scaled.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertFalse(r.out().contains("cropped"), r.out());
        assertTrue(r.out().contains("C2PA:       no manifest"), r.out());
        assertTrue(Cli.run("verify", "--json", scaled.toString()).out()
                .contains("\"cropped\":false"));
    }

    @Test
    void aContactSheetPngIsReadForItsTextChunks() throws IOException {
        Path png = dir.resolve("sheet.png");
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        LabelledPng.write(image, Map.of("ai_generated", "true", "label", "AI生成 · AI-generated"),
                png);
        Cli r = Cli.run("verify", png.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertFalse((r.out() + r.err()).contains("truncated"), r.out() + r.err());
        assertTrue(r.out().contains("PNG text chunks:"), r.out());
        assertTrue(r.out().contains("ai_generated: true"), r.out());
        assertTrue(r.out().contains("label: AI生成 · AI-generated"), r.out());
        String j = Cli.run("verify", "--json", png.toString()).out();
        assertTrue(j.contains("\"pngText\":{"), j);
    }

    /** Paints over a decoded BGR frame with a gradient moving with {@code index}. */
    static final class Unmarked {
        static Frame paint(Frame f, int index) {
            Frame out = f.clone();
            java.nio.ByteBuffer o = (java.nio.ByteBuffer) out.image[0];
            for (int y = 0; y < f.imageHeight; y++) {
                for (int x = 0; x < f.imageWidth; x++) {
                    int at = y * f.imageStride + x * f.imageChannels;
                    o.put(at, (byte) ((x ^ y) & 0x3F));
                    o.put(at + 1, (byte) (y * 255 / f.imageHeight));
                    o.put(at + 2, (byte) (((x + 3 * index) * 255 / 1000) & 0xFF));
                }
            }
            return out;
        }
    }
}
