package dev.longshot.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoudnessMeterTest {
    private static final int RATE = 48_000;

    @Test
    void kWeightingAt48kHzIsTheStandardsOwnFilter() {
        // BS.1770-4 Table 1 and 2 (see DEPENDENCIES.md "Sound"): the response of our designed
        // filters to an impulse equals that of the published coefficients.
        Biquad ours = Loudness.shelf(RATE);
        Biquad published = new Biquad(1.53512485958697, -2.69169618940638, 1.19839281085285,
                1, -1.69065929318241, 0.73248077421585);
        Biquad oursHp = Loudness.highPass(RATE);
        Biquad publishedHp = new Biquad(1, -2, 1, 1, -1.99004745483398, 0.99007225036621);
        for (int i = 0; i < 200; i++) {
            double x = i == 0 ? 1 : 0;
            assertEquals(published.next(x), ours.next(x), 1e-9, "shelf " + i);
            assertEquals(publishedHp.next(x), oursHp.next(x), 1e-8, "high-pass " + i);
        }
    }

    @Test
    void fullScaleSineOnOneChannelReadsMinusThreeLufs() {
        // The standard's calibration: a 0 dBFS 997 Hz sine in one channel is -3.01 LKFS.
        LoudnessMeter m = new LoudnessMeter(RATE, 2);
        short[] pcm = new short[RATE * 2 * 5];
        for (int i = 0; i < RATE * 5; i++) {
            pcm[2 * i] = (short) Math.round(32767 * StrictMath.sin(2 * Math.PI * 997 * i / RATE));
        }
        m.add(pcm);
        assertEquals(-3.01, m.integratedLufs(), 0.05);
        assertEquals(0, m.truePeakDb(), 0.05);
    }

    @Test
    void silenceIsGatedOut() {
        LoudnessMeter m = new LoudnessMeter(RATE, 2);
        m.add(new short[RATE * 2 * 3]);
        assertTrue(Double.isInfinite(m.integratedLufs()));
    }
}
