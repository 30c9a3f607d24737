package dev.longshot.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProgrammeLoudnessTest {
    /** A second of sub-blocks around {@code lufs}, some far below it (gated out). */
    private static double[] second(SplittableRandom r, double lufs) {
        double[] b = new double[Loudness.BLOCKS_PER_SECOND];
        for (int k = 0; k < b.length; k++) {
            double l = r.nextInt(5) == 0 ? lufs - 25 : lufs + r.nextDouble(-4, 4);
            b[k] = StrictMath.pow(10, (l + 0.691) / 10);
        }
        return b;
    }

    @Test
    void theHistogramReadsAsTheExactGatedMeasurement() {
        SplittableRandom r = new SplittableRandom(5);
        List<double[]> seconds = new ArrayList<>();
        ProgrammeLoudness p = ProgrammeLoudness.EMPTY;
        for (int t = 0; t < 120; t++) {
            // A quiet minute, a loud half minute, a quiet half minute: the gates matter.
            double[] s = second(r, t < 60 ? -40 : t < 90 ? -20 : -45);
            seconds.add(s);
            p = p.plus(s);
            assertEquals(Loudness.integrated(seconds), p.integrated(), 0.1, "after second " + t);
        }
    }

    @Test
    void aLongerProgrammeLeavesTheShorterOneAsItWas() {
        SplittableRandom r = new SplittableRandom(9);
        ProgrammeLoudness quiet = ProgrammeLoudness.EMPTY.plus(second(r, -40));
        double before = quiet.integrated();
        quiet.plus(second(r, -10));
        assertEquals(before, quiet.integrated(), 0.0);
    }

    @Test
    void nothingAboveTheAbsoluteGateHasNoLoudness() {
        assertTrue(Double.isNaN(ProgrammeLoudness.EMPTY.integrated()));
        assertTrue(Double.isNaN(ProgrammeLoudness.EMPTY.plus(new double[10]).integrated()));
    }
}
