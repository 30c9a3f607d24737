package dev.longshot.media.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.VideoCodec;
import dev.longshot.media.TestVideos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sealing step runs on the complete file before it is published, or nothing is. */
class SealingStepTest {
    @TempDir Path dir;

    @Test
    void aFailingSealLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("sealed.mp4");
        IOException e;
        try (FfmpegWriter w = FfmpegWriter.open(target, TestVideos.format(VideoCodec.H264),
                Map.of(), file -> {
                    assertTrue(Files.size(file) > 0, "sealed after the encoder finished");
                    throw new IOException("signing key unreadable");
                })) {
            for (int i = 0; i < 3; i++) {
                w.writeFrame(TestVideos.pattern(TestVideos.WIDTH, TestVideos.HEIGHT, i,
                        TestVideos.FPS));
            }
            e = assertThrows(IOException.class, w::finish);
        }
        assertTrue(e.getMessage().contains("cannot seal") && e.getMessage().contains("unreadable"),
                e.getMessage());
        assertFalse(Files.exists(target));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "no partial file left");
        }
    }
}
