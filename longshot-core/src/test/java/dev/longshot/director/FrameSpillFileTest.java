package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameSpillFileTest {
    @TempDir
    Path dir;

    private static int[] picture(long seed, int pixels) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] rgb = new int[pixels];
        for (int i = 0; i < pixels; i++) rgb[i] = r.nextInt(); // every bit, not only 24
        return rgb;
    }

    @Test
    void picturesComeBackBitForBitAcrossChunks() throws IOException {
        int pixels = (1 << 18) * 2 + 17; // more than two 1-MiB chunks, and a ragged end
        try (FrameSpillFile spill = FrameSpillFile.create(dir, pixels)) {
            int a = spill.write(picture(1, pixels));
            int b = spill.write(picture(2, pixels));
            assertArrayEquals(picture(2, pixels), spill.read(b));
            assertArrayEquals(picture(1, pixels), spill.read(a));
            assertEquals(2, spill.parked());
        }
    }

    @Test
    void aFreedSlotIsReusedSoTheFileDoesNotGrow() throws IOException {
        try (FrameSpillFile spill = FrameSpillFile.create(dir, 64)) {
            int a = spill.write(picture(1, 64));
            int b = spill.write(picture(2, 64));
            spill.free(a);
            int c = spill.write(picture(3, 64));
            assertEquals(a, c);
            assertArrayEquals(picture(3, 64), spill.read(c));
            assertArrayEquals(picture(2, 64), spill.read(b));
            spill.free(c);
            assertThrows(IllegalArgumentException.class, () -> spill.read(c));
            assertThrows(IllegalArgumentException.class, () -> spill.write(new int[63]));
        }
    }

    @Test
    void theFileIsGoneWhileOpenAndAfterClose() throws IOException {
        // delete-on-close unlinks at once on Unix: a killed run leaves nothing behind
        assumeFalse(System.getProperty("os.name").startsWith("Windows"));
        try (FrameSpillFile spill = FrameSpillFile.create(dir, 8)) {
            spill.write(picture(4, 8));
            assertTrue(empty(dir), "spill file visible while open");
            assertArrayEquals(picture(4, 8), spill.read(0));
        }
        assertTrue(empty(dir));
    }

    private static boolean empty(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.findAny().isEmpty();
        }
    }
}
