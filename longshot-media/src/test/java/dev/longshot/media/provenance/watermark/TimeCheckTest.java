package dev.longshot.media.provenance.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.render.Frame;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** At low signal the detector withholds the excerpt's start rather than report a wrong one. */
class TimeCheckTest {
    static final int W = 320;
    static final int H = 180;
    static final int FPS = 24;
    static final int FRAMES = FPS * 10;
    /** Bit 13 of the second index: a wrong read moves the start by 8192 s. */
    static final long BIT_13 = 1L << 13;

    @Test
    void aHighTimeBitLeftWithoutSignalWithholdsTheStartInsteadOfMisplacingIt()
            throws IOException {
        // the same pictures marked as seconds 2… and as 8194…, mixed 45:55: every bit agrees
        // except bit 13, which is left with a tenth of its amplitude, on the wrong side
        long from = 2L * FPS + 5;
        List<Frame> right = WatermarkRoundTripTest.video(W, H, FPS, from, FRAMES, true);
        List<Frame> wrong = WatermarkRoundTripTest.video(W, H, FPS, from + BIT_13 * FPS, FRAMES,
                true);
        List<Frame> mixed = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) mixed.add(mix(right.get(i), wrong.get(i), 0.45));

        Detection d = WatermarkDetector.detect(WatermarkRoundTripTest.opener(mixed), FPS, 60);

        assertTrue(d.found(), d.toString());
        assertEquals(WatermarkRoundTripTest.ID, d.contentId().orElseThrow());
        assertFalse(d.timeFound(), "a start was reported: " + d.startSeconds());
        assertTrue(Double.isNaN(d.startSeconds()));
        assertTrue(d.timeBitZ() < TimeCheck.BIT_Z_MIN, d.toString());
        assertTrue(d.timeDoubt().orElseThrow().contains("another start fits almost as well"),
                d.timeDoubt().get());
    }

    @Test
    void aBlankLowestBitIsCarriedByTheBitsThatCountWithIt() throws IOException {
        // bit 0's cells show the mark of second k and of second k+1 half and half: nothing of
        // bit 0 is left, but the rivals one second away differ in bits 1, 2 … too, and those
        // still say where the excerpt starts
        long from = 70L * FPS + 9;
        WatermarkEmbedder now = new WatermarkEmbedder(W, H, FPS, WatermarkRoundTripTest.ID);
        WatermarkEmbedder later = new WatermarkEmbedder(W, H, FPS, WatermarkRoundTripTest.ID);
        boolean[] blank = new boolean[W * H];
        for (int c : CellGrid.TIME_CELLS[0]) {
            int col = c % CellGrid.COLS;
            int row = c / CellGrid.COLS;
            for (int y = CellGrid.start(row, H, CellGrid.ROWS);
                    y < CellGrid.start(row + 1, H, CellGrid.ROWS); y++) {
                for (int x = CellGrid.start(col, W, CellGrid.COLS);
                        x < CellGrid.start(col + 1, W, CellGrid.COLS); x++) {
                    blank[y * W + x] = true;
                }
            }
        }
        List<Frame> frames = new ArrayList<>();
        for (long i = from; i < from + FRAMES; i++) {
            Frame a = TexturedFrames.frame(W, H, i, FPS);
            Frame b = TexturedFrames.frame(W, H, i, FPS);
            now.mark(a.rgb(), i);
            later.mark(b.rgb(), i + FPS);
            Frame mixed = mix(a, b, 0.5);
            for (int p = 0; p < blank.length; p++) if (!blank[p]) mixed.rgb()[p] = a.rgb()[p];
            frames.add(mixed);
        }

        Detection d = WatermarkDetector.detect(WatermarkRoundTripTest.opener(frames), FPS, 60);

        assertTrue(d.found(), d.toString());
        assertTrue(d.timeFound(), "start withheld: " + d.timeDoubt().orElse("?"));
        assertTrue(d.timeBitZ() >= TimeCheck.BIT_Z_MIN, d.toString());
        assertEquals((double) from / FPS, d.startSeconds(), 1.0 / FPS + 1e-9);
    }

    @Test
    void aCleanExcerptStillReportsItsStartWithEveryBitClear() throws IOException {
        long from = 5000L * FPS + 7;
        Detection d = WatermarkDetector.detect(WatermarkRoundTripTest.opener(
                WatermarkRoundTripTest.video(W, H, FPS, from, FRAMES, true)), FPS, 60);
        assertTrue(d.timeFound(), d.toString());
        assertTrue(d.timeBitZ() >= TimeCheck.BIT_Z_MIN, d.toString());
        assertEquals((double) from / FPS, d.startSeconds(), 1.0 / FPS + 1e-9);
        assertTrue(d.timeDoubt().isEmpty());
    }

    @Test
    void weakNoisyExcerptsNeverReportAWrongStart() throws IOException {
        int found = 0;
        int placed = 0;
        long[] starts = {0, 3 * FPS + 11, 517 * FPS + 3, 4095L * FPS + 20, 20_000L * FPS + 13};
        for (int k = 0; k < starts.length; k++) {
            List<Frame> frames = noisy(WatermarkRoundTripTest.video(W, H, FPS, starts[k], FRAMES,
                    true), 40 + k);
            Detection d = WatermarkDetector.detect(WatermarkRoundTripTest.opener(frames), FPS, 60);
            System.out.printf("start %.2f s: %s%n", (double) starts[k] / FPS, d);
            if (!d.found()) continue;
            found++;
            if (!d.timeFound()) {
                assertTrue(d.timeDoubt().isPresent());
                continue;
            }
            placed++;
            assertEquals((double) starts[k] / FPS, d.startSeconds(), 0.5,
                    "wrong start reported; weakest bit z " + d.timeBitZ());
        }
        System.out.printf("weak excerpts: %d of %d found, %d placed%n", found, starts.length,
                placed);
        assertTrue(found > 0, "the noise should leave the mark findable: the test needs IDs");
    }

    /** {@code a·w + b·(1 − w)} per channel. */
    static Frame mix(Frame a, Frame b, double w) {
        int[] out = new int[a.rgb().length];
        for (int p = 0; p < out.length; p++) {
            int v = 0;
            for (int s = 0; s < 24; s += 8) {
                double c = w * ((a.rgb()[p] >>> s) & 0xFF) + (1 - w) * ((b.rgb()[p] >>> s) & 0xFF);
                v |= (int) Math.round(c) << s;
            }
            out[p] = v;
        }
        return new Frame(a.width(), a.height(), out, a.time());
    }

    /**
     * Grey noise, as heavy re-encoding at a low resolution leaves it: a fixed part (the same in
     * every frame, which averaging cannot remove) and a part new in every frame.
     */
    static List<Frame> noisy(List<Frame> frames, long seed) {
        Random rng = new Random(seed);
        int n = W * H;
        double[] fixed = new double[n];
        for (int p = 0; p < n; p++) fixed[p] = 7 * rng.nextGaussian();
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            int[] rgb = new int[n];
            for (int p = 0; p < n; p++) {
                double e = fixed[p] + 20 * rng.nextGaussian();
                int v = 0;
                for (int s = 0; s < 24; s += 8) {
                    int c = (int) Math.round(((f.rgb()[p] >>> s) & 0xFF) + e);
                    v |= Math.max(0, Math.min(255, c)) << s;
                }
                rgb[p] = v;
            }
            out.add(new Frame(W, H, rgb, f.time()));
        }
        return out;
    }
}
