package dev.longshot.media.provenance.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.render.Frame;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Time cells holding a static leftover far beyond the mark count for less, others fully. */
class TimeCellWeightsTest {
    static final double AMPLITUDE = 1.0;
    static final double NOISE = 0.25;

    /** Sync means at the mark's amplitude, time cells at ± it, every cell visible. */
    private static double[] means() {
        double[] m = new double[CellGrid.CELLS];
        for (int c : CellGrid.SYNC_CELLS) m[c] = CellGrid.CHIP[c] * AMPLITUDE;
        for (int b = 0; b < CellGrid.TIME_BITS; b++) {
            for (int c : CellGrid.TIME_CELLS[b]) m[c] = (b % 2 == 0 ? 1 : -1) * AMPLITUDE;
        }
        return m;
    }

    private static boolean[] allVisible() {
        boolean[] v = new boolean[CellGrid.CELLS];
        Arrays.fill(v, true);
        return v;
    }

    @Test
    void aTimeCellFarBeyondTheMarkIsScaledBackToTheMarkPlusTwoNoiseWidths() {
        double[] m = means();
        int leftover = CellGrid.TIME_CELLS[9][3];
        m[leftover] = -10;

        double[] w = TimeCellWeights.of(m, allVisible(), NOISE);

        double limit = AMPLITUDE + TimeCellWeights.HUBER_K * NOISE;
        assertEquals(limit / 10, w[leftover], 1e-12);
        assertEquals(limit, Math.abs(w[leftover] * m[leftover]), 1e-12);
    }

    @Test
    void cellsWithinTheMarkAndItsNoiseAndEveryOtherRoleKeepFullWeight() {
        double[] m = means();
        m[CellGrid.TIME_CELLS[4][0]] = 1.45; // inside 1 + 2 x 0.25
        m[CellGrid.ID_CELLS[0][0]] = 10; // ID cells are weighted elsewhere
        m[CellGrid.SYNC_CELLS[5]] = -10;

        double[] w = TimeCellWeights.of(m, allVisible(), NOISE);

        for (double x : w) assertEquals(1, x);
    }

    @Test
    void theWeightsDoNotDependOnTheSignsSoTheyFavourNoStart() {
        double[] m = means();
        m[CellGrid.TIME_CELLS[2][1]] = 4;
        m[CellGrid.TIME_CELLS[13][7]] = -6;
        double[] flipped = m.clone();
        for (int[] cells : CellGrid.TIME_CELLS) for (int c : cells) flipped[c] = -m[c];

        assertArrayEquals(TimeCellWeights.of(m, allVisible(), NOISE),
                TimeCellWeights.of(flipped, allVisible(), NOISE));
    }

    @Test
    void withoutAVisibleSyncCellOrANoiseFigureNothingIsWeighted() {
        double[] m = means();
        m[CellGrid.TIME_CELLS[0][0]] = 10;

        double[] none = TimeCellWeights.of(m, new boolean[CellGrid.CELLS],
                Double.POSITIVE_INFINITY);

        for (double x : none) assertEquals(1, x);
    }

    @Test
    void aSteadyHighBitHalfBuriedUnderStaticBrightSpotsStillGivesTheStart()
            throws IOException {
        // ten of bit 9's cells carry a bright static spot after marking (a leftover the
        // embedder could not cancel) that reads as far more than the mark on the wrong side:
        // unweighted they cancel the other 25 and bit 9 (±512 s) could not be told apart
        int w = TimeCheckTest.W;
        int h = TimeCheckTest.H;
        int fps = TimeCheckTest.FPS;
        long from = 3L * fps + 7;
        List<Frame> frames = WatermarkRoundTripTest.video(w, h, fps, from, TimeCheckTest.FRAMES,
                true);
        int spots = 0;
        for (int c : CellGrid.TIME_CELLS[9]) {
            if (CellGrid.CHIP[c] != 1 || spots == 10) continue; // bit 9 is 0 here: sign -1
            spots++;
            for (Frame f : frames) brightSpot(f, c);
        }

        Detection d = WatermarkDetector.detect(WatermarkRoundTripTest.opener(frames), fps, 60);

        assertTrue(d.found(), d.toString());
        assertTrue(d.timeFound(), "start withheld: " + d.timeDoubt().orElse("?"));
        assertEquals((double) from / fps, d.startSeconds(), 0.5);
    }

    /** +60 luma levels on the middle of cell {@code c}, where its bump peaks. */
    private static void brightSpot(Frame f, int c) {
        int col = c % CellGrid.COLS;
        int row = c / CellGrid.COLS;
        int x0 = CellGrid.start(col, f.width(), CellGrid.COLS);
        int x1 = CellGrid.start(col + 1, f.width(), CellGrid.COLS);
        int y0 = CellGrid.start(row, f.height(), CellGrid.ROWS);
        int y1 = CellGrid.start(row + 1, f.height(), CellGrid.ROWS);
        for (int y = y0 + (y1 - y0) / 4; y < y1 - (y1 - y0) / 4; y++) {
            for (int x = x0 + (x1 - x0) / 4; x < x1 - (x1 - x0) / 4; x++) {
                int p = f.rgb()[y * f.width() + x];
                int r = Math.min(255, (p >>> 16 & 0xFF) + 60);
                int g = Math.min(255, (p >>> 8 & 0xFF) + 60);
                int b = Math.min(255, (p & 0xFF) + 60);
                f.rgb()[y * f.width() + x] = r << 16 | g << 8 | b;
            }
        }
    }
}
