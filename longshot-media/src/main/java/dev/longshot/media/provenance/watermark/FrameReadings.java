package dev.longshot.media.provenance.watermark;

import static dev.longshot.media.provenance.watermark.WatermarkDetector.CELL;

import dev.longshot.media.provenance.ContentId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The detector's second pass: with the grid's pose known, every frame is read on its own —
 * the soft time bits of each frame (for {@link TimeSearch}) and, per ID cell, the mean and the
 * frame-to-frame variance of its feature. Rain, snow, water and moving subjects make some cells
 * far noisier than others; weighting each cell by the inverse of its variance (the maximum-
 * likelihood combination of unequally noisy readings) reads IDs the plain sum loses. Time
 * cells are weighted once the whole excerpt is read ({@link TimeCellWeights}).
 */
final class FrameReadings {
    /** Per frame: every time cell's feature, bit by bit in {@link CellGrid#TIME_CELLS} order. */
    private final List<float[]> timeFeatures = new ArrayList<>();
    private List<double[]> timeBits;
    private double[] weights;
    /** Per frame: every sync cell's feature (0 outside the picture), for the noise over time. */
    private final List<float[]> syncFeatures = new ArrayList<>();
    private final double[] sum = new double[CellGrid.CELLS];
    private final double[] sumSq = new double[CellGrid.CELLS];
    private final boolean[] visible = new boolean[CellGrid.CELLS];
    private int frames;

    private FrameReadings() {}

    /** Reads every frame of {@code lumas} at {@code hit}, after {@code undo} on each. */
    static FrameReadings read(FirstPass.Lumas lumas, GridSearch.Hit hit,
            UnaryOperator<LumaImage> undo) throws IOException {
        FrameReadings out = new FrameReadings();
        double[] feature = new double[CellGrid.CELLS];
        try (lumas) {
            LumaImage l;
            while ((l = lumas.next()) != null) {
                LumaImage r = undo.apply(l).resize(hit.width(), hit.height());
                for (int c = 0; c < CellGrid.CELLS; c++) {
                    int x = (c % CellGrid.COLS) * CELL - hit.ox();
                    int y = (c / CellGrid.COLS) * CELL - hit.oy();
                    boolean visible = x >= 0 && y >= 0 && x + CELL <= r.width()
                            && y + CELL <= r.height();
                    out.visible[c] = visible;
                    feature[c] = visible ? WatermarkDetector.cellFeature(r, x, y) : 0;
                    out.sum[c] += feature[c];
                    out.sumSq[c] += feature[c] * feature[c];
                }
                float[] time = new float[CellGrid.TIME_BITS * CellGrid.TIME_REPEAT];
                int t = 0;
                for (int[] cells : CellGrid.TIME_CELLS) {
                    for (int c : cells) time[t++] = (float) feature[c];
                }
                out.timeFeatures.add(time);
                float[] sync = new float[CellGrid.SYNC_CELLS.length];
                for (int k = 0; k < sync.length; k++) {
                    sync[k] = (float) feature[CellGrid.SYNC_CELLS[k]];
                }
                out.syncFeatures.add(sync);
                out.frames++;
            }
        }
        return out;
    }

    /** Weighted soft time bits of every frame read, in order: Σ weight · chip · feature. */
    List<double[]> timeBits() {
        if (timeBits != null) return timeBits;
        double[] w = weights();
        timeBits = new ArrayList<>(frames);
        for (float[] time : timeFeatures) {
            double[] soft = new double[CellGrid.TIME_BITS];
            int k = 0;
            for (int b = 0; b < CellGrid.TIME_BITS; b++) {
                for (int c : CellGrid.TIME_CELLS[b]) soft[b] += w[c] * CellGrid.CHIP[c] * time[k++];
            }
            timeBits.add(soft);
        }
        return timeBits;
    }

    private double[] weights() {
        if (weights == null) {
            double[] mean = new double[CellGrid.CELLS];
            for (int c = 0; c < CellGrid.CELLS; c++) mean[c] = meanFeature(c);
            weights = TimeCellWeights.of(mean, visible, cellNoise());
        }
        return weights;
    }

    /**
     * How the noise of a cell's reading moves from one second to another: for frames split into
     * groups ({@code group[i]} is frame {@code i}'s, 0 … {@code groups}−1), the covariance over
     * the visible sync cells of their group means' deviations from their overall means. Sync
     * cells carry a constant mark, so whatever makes their reading vary from second to second
     * (moving pictures, the encoder's key frames) is noise, and the same noise reaches a time
     * bit's cells.
     */
    double[][] groupCovariance(int[] group, int groups) {
        double[][] cov = new double[groups][groups];
        int[] size = new int[groups];
        for (int i = 0; i < frames; i++) size[group[i]]++;
        double[] dev = new double[groups];
        int cells = 0;
        for (int k = 0; k < CellGrid.SYNC_CELLS.length; k++) {
            int c = CellGrid.SYNC_CELLS[k];
            if (!visible[c]) continue;
            Arrays.fill(dev, 0);
            for (int i = 0; i < frames; i++) dev[group[i]] += syncFeatures.get(i)[k];
            double mean = meanFeature(c);
            for (int g = 0; g < groups; g++) dev[g] = size[g] > 0 ? dev[g] / size[g] - mean : 0;
            for (int g = 0; g < groups; g++) {
                for (int h = 0; h < groups; h++) cov[g][h] += dev[g] * dev[h];
            }
            cells++;
        }
        for (double[] row : cov) for (int h = 0; h < groups; h++) row[h] /= Math.max(1, cells);
        return cov;
    }

    /** Mean feature of cell {@code c} over the frames read, luma levels (0 when not visible). */
    double meanFeature(int c) {
        return frames > 0 ? sum[c] / frames : 0;
    }

    /**
     * Σ weight² over the cells of time bit {@code b} inside the picture: what the count of its
     * cells is to the noise of an unweighted sum.
     */
    double timeCellEnergy(int b) {
        double[] w = weights();
        double e = 0;
        for (int c : CellGrid.TIME_CELLS[b]) e += visible[c] ? w[c] * w[c] : 0;
        return e;
    }

    /**
     * Noise of one cell's mean feature, luma levels: the spread of the visible sync cells'
     * sign-corrected means around their median (1.4826·MAD, a standard deviation that the few
     * cells under sharp edges cannot inflate). Sync cells carry a known constant sign, so what
     * spreads them is what the excerpt added — re-encoding, scaling, host picture left over — and
     * the same noise sits on a time bit's cells; the mark's own variation from cell to cell
     * (texture and brightness masking) counts too, which only makes the estimate cautious.
     */
    double cellNoise() {
        double[] v = new double[CellGrid.SYNC_CELLS.length];
        int n = 0;
        for (int c : CellGrid.SYNC_CELLS) {
            if (visible[c]) v[n++] = CellGrid.CHIP[c] * sum[c] / Math.max(1, frames);
        }
        if (n == 0) return Double.POSITIVE_INFINITY;
        double[] used = Arrays.copyOf(v, n);
        double median = median(used);
        for (int i = 0; i < n; i++) used[i] = Math.abs(used[i] - median);
        return 1.4826 * median(used);
    }

    /** Median of {@code values}, which it sorts. */
    static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /**
     * The content ID from the ID cells weighted by inverse frame-to-frame variance; a floor
     * (the median variance) keeps cells that hardly change — still pictures, where the variance
     * says nothing about the host picture left in the mean — from taking over.
     *
     * @return the ID, or {@code null} when the CRC does not match or nothing was read
     */
    ContentId weightedId() {
        if (frames < 2) return null;
        double[] var = new double[CellGrid.CELLS];
        for (int c = 0; c < CellGrid.CELLS; c++) {
            double m = sum[c] / frames;
            var[c] = Math.max(0, sumSq[c] / frames - m * m);
        }
        double[] sorted = var.clone();
        Arrays.sort(sorted);
        double floor = Math.max(1e-6, sorted[sorted.length / 2]);
        double[] soft = new double[CellGrid.CODED_BITS];
        for (int b = 0; b < CellGrid.CODED_BITS; b++) {
            for (int c : CellGrid.ID_CELLS[b]) {
                soft[b] += CellGrid.CHIP[c] * (sum[c] / frames) / (var[c] + floor);
            }
        }
        return Payload.decodeId(soft);
    }
}
