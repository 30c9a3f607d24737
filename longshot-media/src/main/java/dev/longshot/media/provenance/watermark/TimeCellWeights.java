package dev.longshot.media.provenance.watermark;

import java.util.Arrays;

/**
 * How much each time cell's reading counts: a Huber weight on the cell's mean over the excerpt.
 *
 * <p>A time cell's mean is ± the mark's amplitude plus what the excerpt left in it. Where the
 * picture has a sharp static edge (the visible label's text, the horizon) the embedder could not
 * cancel all of the host (its change is clamped), and after re-encoding that leftover sits in
 * the same cell in every frame, often several times the mark. Measured on x265 CRF 28 excerpts
 * of the rain and snow examples (2026-12-07): a few such cells among a bit's 35 pulled that bit's
 * z from about 7 to 0.5–3.4 (bit 9, the closest rival's, in every excerpt), while the per-frame
 * noise, averaged over 240 frames, was a tenth of it. A mean farther from zero than the mark's
 * amplitude plus {@value #HUBER_K} noise widths is therefore scaled back to that limit (Huber's
 * M-estimator, applied per cell): the same weight for every frame of the cell, so the time
 * search and its check see one consistent, sign-free reweighting that favours no start.
 */
final class TimeCellWeights {
    /** Noise widths beyond the mark's amplitude a cell's mean may reach at full weight. */
    static final double HUBER_K = 2.0;

    private TimeCellWeights() {}

    /**
     * @param meanOf    mean feature of every cell over the excerpt, luma levels
     * @param visible   which cells lie inside the picture
     * @param cellNoise noise of one cell's mean, luma levels ({@link FrameReadings#cellNoise})
     * @return per cell a weight in (0, 1]; 1 for every cell but the time cells held back
     */
    static double[] of(double[] meanOf, boolean[] visible, double cellNoise) {
        double[] w = new double[CellGrid.CELLS];
        Arrays.fill(w, 1);
        double limit = amplitude(meanOf, visible) + HUBER_K * cellNoise;
        if (!(limit > 0) || Double.isInfinite(limit)) return w;
        for (int[] cells : CellGrid.TIME_CELLS) {
            for (int c : cells) {
                double m = Math.abs(meanOf[c]);
                if (m > limit) w[c] = limit / m;
            }
        }
        return w;
    }

    /** The mark's amplitude as the excerpt shows it: the median sign-corrected sync mean. */
    static double amplitude(double[] meanOf, boolean[] visible) {
        double[] v = new double[CellGrid.SYNC_CELLS.length];
        int n = 0;
        for (int c : CellGrid.SYNC_CELLS) {
            if (visible[c]) v[n++] = CellGrid.CHIP[c] * meanOf[c];
        }
        if (n == 0) return 0;
        return Math.max(0, FrameReadings.median(Arrays.copyOf(v, n)));
    }
}
