package dev.longshot.media.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.VideoCodec;
import dev.longshot.media.TestVideos;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VideoReaderTest {
    @TempDir static Path shared;
    static Path valid;

    @TempDir Path dir;

    @BeforeAll
    static void writeValidVideo() throws IOException {
        valid = TestVideos.write(shared.resolve("valid.mp4"), VideoCodec.H264, 48,
                Map.of("title", "longshot: reader test", "seed", "7"));
    }

    @Test
    void validFileDescribesItselfAndDecodesEveryFrame() throws IOException {
        try (VideoReader reader = VideoReader.open(valid)) {
            VideoInfo info = reader.info();
            assertEquals(48, info.frameCount());
            assertEquals("7", info.metadata().get("seed"));
            long n = 0;
            for (Frame f; (f = reader.nextFrame()) != null; n++) {
                assertEquals(n, f.time().frame());
                assertEquals(24, f.time().fps());
                for (int px : f.rgb()) assertEquals(0, px >>> 24, "top byte cleared");
            }
            assertEquals(48, n);
        }
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nothing-here.mp4");
        assertOpenFails(missing, "no such file");
    }

    @Test
    void directoryIsRefused() {
        assertOpenFails(dir, "is a directory");
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertOpenFails(Files.createFile(dir.resolve("empty.mp4")), "empty file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.mp4", "notes.txt", "notes"})
    void textFileIsNotAVideo(String name) throws IOException {
        Path text = Files.writeString(dir.resolve(name),
                "a storyboard line\n黎明的森林\n".repeat(20));
        assertOpenFails(text, "not a video file");
    }

    @Test
    void binaryFileThatIsNoVideoIsRefused() throws IOException {
        byte[] noise = new byte[4096];
        new java.util.Random(1).nextBytes(noise);
        noise[0] = 0;
        assertOpenFails(Files.write(dir.resolve("noise.bin"), noise), "not a video file");
    }

    @Test
    void truncatedMp4IsDetected() throws IOException {
        byte[] bytes = Files.readAllBytes(valid);
        Path cut = Files.write(dir.resolve("cut.mp4"),
                Arrays.copyOf(bytes, (int) (bytes.length * 0.6)));
        assertOpenFails(cut, "truncated or corrupt");
    }

    @Test
    void mp4WithItsHeaderOnlyIsDetected() throws IOException {
        byte[] bytes = Files.readAllBytes(valid);
        Path cut = Files.write(dir.resolve("head.mp4"), Arrays.copyOf(bytes, 200));
        assertOpenFails(cut, "truncated or corrupt");
    }

    private static void assertOpenFails(Path file, String reason) {
        IOException e = assertThrows(IOException.class, () -> {
            try (VideoReader r = VideoReader.open(file)) {
                r.nextFrame();
            }
        });
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
