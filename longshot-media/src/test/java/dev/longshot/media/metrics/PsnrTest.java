package dev.longshot.media.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PsnrTest {
    @Test
    void identicalPicturesScoreInfinity() {
        int[] a = {0x102030, 0xFFFFFF, 0};
        assertEquals(Double.POSITIVE_INFINITY, Psnr.between(a, a.clone()));
    }

    @Test
    void oneLevelOffInEveryChannelIsFortyEightDecibels() {
        int[] a = {0x101010, 0x202020};
        int[] b = {0x111111, 0x1F1F1F};
        // MSE 1: 10·log10(255²) = 48.13 dB.
        assertEquals(48.1308, Psnr.between(a, b), 1e-4);
    }

    @Test
    void squaredErrorCountsEachChannelAndIgnoresTheTopByte() {
        assertEquals(9 + 4 + 1, Psnr.squaredError(new int[] {0xFF030201},
                new int[] {0x00000000}));
    }

    @Test
    void errorsOfSeveralFramesAddUpToTheClipsPsnr() {
        int[] a = {0x000000};
        int[] b = {0x0A0A0A};
        double clip = Psnr.of(Psnr.squaredError(a, b) + Psnr.squaredError(a, a), 6);
        // 3 × 10² over 6 channel values: MSE 50.
        assertEquals(10 * Math.log10(255.0 * 255.0 / 50.0), clip, 1e-12);
    }

    @Test
    void picturesOfDifferentSizesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Psnr.between(new int[2], new int[3]));
    }
}
