package dev.longshot.media.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpectrogramTest {
    private static float[] sine(double hz, double amplitude, int rate, double seconds) {
        float[] s = new float[(int) (rate * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (amplitude * StrictMath.sin(2 * StrictMath.PI * hz * i / rate));
        }
        return s;
    }

    @Test
    void aFullScaleSineReadsZeroDecibelsAtItsFrequency() {
        Spectrogram s = Spectrogram.of(sine(1000, 1, 48_000, 1), 48_000);
        double[] f = s.frames().get(3);
        int peak = 0;
        for (int k = 1; k < f.length; k++) if (f[k] > f[peak]) peak = k;
        assertEquals(1000, peak * s.binHz(), s.binHz());
        assertEquals(0, f[peak], 1.5);
        assertTrue(f[(int) (5000 / s.binHz())] < -60, "far bins are quiet");
    }

    @Test
    void bandShareFindsWhereThePowerIs() {
        Spectrogram s = Spectrogram.of(sine(4000, 0.5, 48_000, 1), 48_000);
        assertTrue(s.share(2000, 8000) > 0.99);
        assertTrue(s.share(20, 1000) < 0.01);
    }

    @Test
    void framesAdvanceByTheHop() {
        Spectrogram s = Spectrogram.of(new float[48_000], 48_000);
        assertEquals((48_000 - Spectrogram.WINDOW) / Spectrogram.HOP + 1, s.frames().size());
        assertEquals(Spectrogram.HOP / 48_000.0, s.frameSeconds());
    }
}
