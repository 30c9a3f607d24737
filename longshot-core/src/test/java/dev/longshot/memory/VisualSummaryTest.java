package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The memory's view of a picture, from plain packed pixels. */
class VisualSummaryTest {
    private static int[] filled(int w, int h, int rgb) {
        int[] px = new int[w * h];
        Arrays.fill(px, rgb);
        return px;
    }

    @Test
    void flatPictureHasItsColourAsMeanAndNoSpreadOrEdges() {
        float[] v = VisualSummary.of(filled(128, 72, 0xFF0000), 128, 72);
        assertEquals(VisualSummary.SIZE, v.length);
        assertArrayEquals(new float[] {1, 0, 0, 0, 0, 0}, Arrays.copyOf(v, 6), 1e-6f);
        assertEquals(0.2126f, v[6], 1e-6f); // luminance mean
        assertEquals(0f, v[7], 1e-6f); // luminance spread
        assertEquals(0f, v[8], 1e-6f); // edges
    }

    @Test
    void skyBrighterThanGroundShowsInTheHalvesAndAsOneEdgeRow() {
        int w = 64;
        int h = 36;
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) px[i] = i < px.length / 2 ? 0xFFFFFF : 0x000000;
        float[] v = VisualSummary.of(px, w, h);
        assertEquals(1f, v[VisualSummary.SIZE - 2], 1e-6f);
        assertEquals(0f, v[VisualSummary.SIZE - 1], 1e-6f);
        assertEquals(63f / (63 * 35), v[8], 1e-6f);
    }

    @Test
    void sameSummaryAtAnyResolution() {
        assertArrayEquals(VisualSummary.of(filled(64, 36, 0x336699), 64, 36),
                VisualSummary.of(filled(1920, 1080, 0x336699), 1920, 1080));
    }

    @Test
    void tooFewPixelsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> VisualSummary.of(new int[10], 64, 36));
    }
}
