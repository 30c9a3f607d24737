package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.media.decode.AudioReader;
import dev.longshot.media.decode.VideoInfo;
import dev.longshot.media.decode.VideoReader;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: a real storyboard through the whole pipeline into a real MP4, decoded back. */
class GenerateCommandTest {
    private static final String BOARD = """
            # five seconds, two languages, one scene change
            晨光中的森林,鹿群在溪边饮水
            镜头跟随小鹿抬头,展现天空中掠过的鹰
            鹰的视角俯冲,穿过树冠层进入山谷
            [2s] Aerial shot over the valley at dusk
            """;

    @TempDir
    static Path dir;
    static Path board;
    static Path video;
    static Cli result;

    @BeforeAll
    static void generate() throws IOException {
        board = dir.resolve("board.txt");
        Files.writeString(board, BOARD, StandardCharsets.UTF_8);
        video = dir.resolve("clip.mp4");
        result = Cli.run("generate", board.toString(), "-o", video.toString(),
                "--size", "320x180", "--seed", "42", "--quiet",
                "--stems", dir.resolve("stems").toString());
    }

    @Test
    void stemsHoldEachLayerForTheWholeVideo() throws IOException {
        for (String layer : dev.longshot.audio.WorldSound.layerNames()) {
            Path wav = dir.resolve("stems").resolve(layer + ".wav");
            assertEquals(44 + 5L * 48_000 * 8, Files.size(wav), layer);
            byte[] head = new byte[4];
            try (var in = Files.newInputStream(wav)) {
                assertEquals(4, in.read(head));
            }
            assertEquals("RIFF", new String(head, StandardCharsets.US_ASCII));
        }
        try (var files = Files.list(dir.resolve("stems"))) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }
    }

    @Test
    void writesAFiveSecondVideoWithSound() throws IOException {
        assertEquals(0, result.exit(), result.err());
        try (VideoReader reader = VideoReader.open(video)) {
            VideoInfo info = reader.info();
            assertEquals(320, info.width());
            assertEquals(180, info.height());
            assertEquals(24.0, info.fps(), 0.01);
            assertEquals(5.0, info.durationSeconds(), 0.1);
            assertTrue(info.hasAudio(), "an audio stream, even if silent");
            assertEquals("h264", info.videoCodec());
            int frames = 0;
            while (reader.nextFrame() != null) frames++;
            assertEquals(120, frames);
        }
    }

    @Test
    void metadataSaysItIsSyntheticAndNamesItsInputs() throws IOException {
        String sha = sha256(Files.readAllBytes(board));
        try (VideoReader reader = VideoReader.open(video)) {
            var meta = reader.info().metadata();
            assertTrue(meta.get("generator").startsWith("longshot "), meta.toString());
            assertTrue(meta.get("comment").contains("AI-generated"), meta.toString());
            assertEquals(sha, meta.get("storyboard_sha256"));
            assertEquals("42", meta.get("seed"));
            assertTrue(meta.get("settings").contains("320x180"), meta.toString());
            assertFalse(meta.keySet().stream().anyMatch(k -> k.toLowerCase().contains("make")
                    || k.toLowerCase().endsWith("model")), meta.toString());
        }
    }

    @Test
    void framesChangeOverTime() throws IOException {
        List<String> hashes = decodedFrameHashes(video);
        assertTrue(hashes.stream().distinct().count() > 100,
                "nearly every frame differs from the others");
    }

    @Test
    void sameStoryboardAndSeedGiveIdenticalDecodedFrames() throws IOException {
        // made like the first (with stems), on one thread
        Path again = dir.resolve("again.mp4");
        Cli second = Cli.run("generate", board.toString(), "-o", again.toString(),
                "--size", "320x180", "--seed", "42", "--quiet", "--threads", "1",
                "--stems", dir.resolve("stems-again").toString());
        assertEquals(0, second.exit(), second.err());
        assertEquals(decodedFrameHashes(video), decodedFrameHashes(again));

        Path other = dir.resolve("other.mp4");
        assertEquals(0, Cli.run("generate", board.toString(), "-o", other.toString(),
                "--size", "320x180", "--seed", "43", "--quiet").exit());
        assertFalse(decodedFrameHashes(video).equals(decodedFrameHashes(other)),
                "another seed, another world");
    }

    @Test
    void writesTheGenerationLogBesideTheVideo() throws IOException {
        Path log = dir.resolve("clip.log.json");
        String json = Files.readString(log);
        assertTrue(json.startsWith("{\"format\":\"longshot-generation-log/3\""), json);
        assertTrue(json.contains("\"type\":\"checkpoint-check\""), json);
        assertTrue(json.contains("\"summary\":{"), json);
    }

    @Test
    void theSoundIsAudibleStereoFromTheWorld() throws IOException {
        try (AudioReader in = AudioReader.open(video)) {
            assertEquals(2, in.channels());
            assertEquals(48_000, in.sampleRate());
            short[] pcm = in.readAll();
            int peak = 0;
            boolean differ = false;
            for (int i = 0; i + 1 < pcm.length; i += 2) {
                peak = Math.max(peak, Math.abs(pcm[i]));
                differ |= pcm[i] != pcm[i + 1];
            }
            assertTrue(peak > 1000, "peak " + peak);
            assertTrue(differ, "left and right differ");
        }
    }

    @Test
    void audioOffWritesNoAudioStream() throws IOException {
        Path silent = dir.resolve("silent.mp4");
        Cli off = Cli.run("generate", board.toString(), "-o", silent.toString(),
                "--size", "320x180", "--audio", "off", "--quiet");
        assertEquals(0, off.exit(), off.err());
        try (VideoReader reader = VideoReader.open(silent)) {
            assertFalse(reader.info().hasAudio());
        }
    }

    @Test
    void badAudioOptionsAreBadInput() {
        for (String[] opt : new String[][] {{"--audio", "maybe"}, {"--loudness", "3"}}) {
            Cli bad = Cli.run("generate", board.toString(), "-o",
                    dir.resolve("y.mp4").toString(), "--size", "320x180", opt[0], opt[1]);
            assertEquals(2, bad.exit(), bad.err());
            assertTrue(bad.err().contains(opt[0]), bad.err());
        }
        assertFalse(Files.exists(dir.resolve("y.mp4")));
    }

    @Test
    void strictnessOutsideItsRangeIsBadInput() {
        Cli bad = Cli.run("generate", board.toString(), "-o", dir.resolve("x.mp4").toString(),
                "--size", "128x72", "--strictness", "1.5");
        assertEquals(2, bad.exit(), bad.err());
        assertTrue(bad.err().contains("strictness"), bad.err());
        assertFalse(Files.exists(dir.resolve("x.log.json")));
    }

    @Test
    void leavesOnlyTheVideoBehind() throws IOException {
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("partial")));
        }
    }

    static List<String> decodedFrameHashes(Path file) throws IOException {
        List<String> hashes = new ArrayList<>();
        try (VideoReader reader = VideoReader.open(file)) {
            for (Frame f = reader.nextFrame(); f != null; f = reader.nextFrame()) {
                ByteBuffer bytes = ByteBuffer.allocate(f.rgb().length * 4);
                bytes.asIntBuffer().put(f.rgb());
                hashes.add(sha256(bytes.array()));
            }
        }
        return hashes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
