package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LightningTest {
    private static final int MINUTES = 10;

    /**
     * WCAG 2.3.1: no more than three flashes in any one-second period. A flash is one run of
     * lit frames; every run must rise once and fall once (no flicker inside it), and every
     * window of one second of frames, at any offset, may touch at most three runs.
     */
    @ParameterizedTest
    @ValueSource(ints = {24, 25, 30, 60})
    void neverMoreThanThreeFlashesInAnySecond(int fps) {
        for (long seed : new long[] {0, 1, 42, -7}) {
            int frames = MINUTES * 60 * fps;
            int[] run = new int[frames]; // run id of each lit frame, 0 when dark
            int runs = 0;
            double before = 0;
            boolean falling = false;
            for (int f = 0; f < frames; f++) {
                double level = Lightning.flash(seed, (double) f / fps, 1);
                if (level > 0 && before == 0) {
                    runs++;
                    falling = false;
                }
                if (level > 0) {
                    run[f] = runs;
                    if (level < before) falling = true;
                    assertTrue(!falling || level <= before, "flicker inside a flash at " + f);
                }
                before = level;
            }
            assertTrue(runs > MINUTES * 60 / 6, "a storm flashes now and then: " + runs);
            int worst = 0;
            for (int start = 0; start + fps <= frames; start++) {
                int distinct = 0;
                int last = 0;
                for (int f = start; f < start + fps; f++) {
                    if (run[f] != 0 && run[f] != last) {
                        distinct++;
                        last = run[f];
                    }
                }
                worst = Math.max(worst, distinct);
            }
            assertTrue(worst <= 3, "flashes in one second: " + worst + " at " + fps + " fps");
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.5, 1})
    void flashScalesWithTheStormAndIsGoneWithoutOne(double storm) {
        double sum = 0;
        for (int f = 0; f < 24 * 120; f++) sum += Lightning.flash(3, f / 24.0, storm);
        if (storm == 0) assertEquals(0, sum);
        else assertTrue(sum > 0);
    }
}
