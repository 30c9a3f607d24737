package dev.longshot.media.provenance.watermark;

import static dev.longshot.media.provenance.watermark.WatermarkDetector.CELL;
import static dev.longshot.media.provenance.watermark.WatermarkDetector.VH;
import static dev.longshot.media.provenance.watermark.WatermarkDetector.VW;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds where the watermark grid lies in a (mean) luma picture: the visible fraction of the
 * original frame per axis and its offset, by maximising the sync correlation. A crop keeps the
 * pixel scale but shows less of the grid; scaling changes both together — either way the
 * picture is resampled so one original cell is 8 pixels, and every offset is tried.
 */
final class GridSearch {
    /** Visible fractions tried first (same on both axes), then refined per axis. */
    private static final double COARSE_STEP = 0.02;
    private static final double FINE_STEP = 0.005;
    private static final double INV_ENERGY = 1 / WatermarkDetector.KERNEL_ENERGY;

    /**
     * The best geometry.
     *
     * @param width      visible part of the canonical 512×288 frame, pixels
     * @param height     visible rows of it
     * @param ox         canonical column of the picture's left edge
     * @param oy         canonical row of its top edge
     * @param z          sync correlation, ≈ N(0,1) without a mark
     * @param signal     mean sync amplitude, luma levels
     * @param hypotheses geometries tried, for the false-positive bound
     * @param features   per cell: matched-filter output in luma levels (0 when not visible)
     */
    record Hit(int width, int height, int ox, int oy, double z, double signal, long hypotheses,
            double[] features) {
        double feature(int cell) {
            return features[cell];
        }
    }

    private GridSearch() {}

    static Hit best(LumaImage picture) {
        List<int[]> coarse = new ArrayList<>();
        for (double f = 1.0; f >= WatermarkDetector.MIN_VISIBLE - 1e-9; f -= COARSE_STEP) {
            coarse.add(new int[] {size(VW, f), size(VH, f)});
        }
        Hit[] coarseHits = offsets(picture, coarse);
        long tried = 0;
        Hit best = null;
        for (Hit h : coarseHits) {
            tried += h.hypotheses();
            if (best == null || h.z() > best.z()) best = h;
        }
        double fx0 = (double) best.width() / VW;
        double fy0 = (double) best.height() / VH;
        List<int[]> fine = new ArrayList<>();
        for (int i = -2; i <= 2; i++) {
            for (int j = -2; j <= 2; j++) {
                if (i == 0 && j == 0) continue;
                double fx = fx0 + i * FINE_STEP;
                double fy = fy0 + j * FINE_STEP;
                if (fx > 1 || fy > 1 || fx < WatermarkDetector.MIN_VISIBLE - FINE_STEP * 2
                        || fy < WatermarkDetector.MIN_VISIBLE - FINE_STEP * 2) {
                    continue;
                }
                fine.add(new int[] {size(VW, fx), size(VH, fy)});
            }
        }
        for (Hit h : offsets(picture, fine)) {
            tried += h.hypotheses();
            if (h.z() > best.z()) best = h;
        }
        return new Hit(best.width(), best.height(), best.ox(), best.oy(), best.z(),
                best.signal(), tried, best.features());
    }

    /**
     * {@link #bestOffset} for every visible size, on the cores there are; the hits come back in
     * the sizes' order, so the caller picks the best exactly as one thread trying them in turn.
     */
    private static Hit[] offsets(LumaImage picture, List<int[]> sizes) {
        return IntStream.range(0, sizes.size()).parallel()
                .mapToObj(i -> bestOffset(picture, sizes.get(i)[0], sizes.get(i)[1]))
                .toArray(Hit[]::new);
    }

    /** The whole original frame visible, unscaled in shape: one geometry, for quick looks. */
    static Hit wholeFrame(LumaImage picture) {
        return bestOffset(picture, VW, VH);
    }

    private static int size(int full, double fraction) {
        return (int) Math.min(full, Math.round(full * fraction));
    }

    /** Best offset for one visible size; features filled for that offset. */
    private static Hit bestOffset(LumaImage picture, int rw, int rh) {
        LumaImage r = picture.resize(rw, rh);
        int mw = rw - CELL + 1;
        int mh = rh - CELL + 1;
        double[] m = response(r, mw, mh);
        int[] sync = CellGrid.SYNC_CELLS;
        double bestZ = Double.NEGATIVE_INFINITY;
        int bestX = 0;
        int bestY = 0;
        for (int oy = 0; oy <= VH - rh; oy++) {
            for (int ox = 0; ox <= VW - rw; ox++) {
                double num = 0;
                double den = 0;
                for (int c : sync) {
                    int x = (c % CellGrid.COLS) * CELL - ox;
                    int y = (c / CellGrid.COLS) * CELL - oy;
                    if (x < 0 || y < 0 || x >= mw || y >= mh) continue;
                    double v = WatermarkDetector.clip(m[y * mw + x] * INV_ENERGY);
                    num += CellGrid.CHIP[c] * v;
                    den += v * v;
                }
                double z = den > 0 ? num / Math.sqrt(den) : 0;
                if (z > bestZ) {
                    bestZ = z;
                    bestX = ox;
                    bestY = oy;
                }
            }
        }
        double[] features = new double[CellGrid.CELLS];
        for (int c = 0; c < CellGrid.CELLS; c++) {
            int x = (c % CellGrid.COLS) * CELL - bestX;
            int y = (c / CellGrid.COLS) * CELL - bestY;
            if (x < 0 || y < 0 || x >= mw || y >= mh) continue;
            features[c] = WatermarkDetector.clip(m[y * mw + x] * INV_ENERGY);
        }
        double signal = 0;
        int visible = 0;
        for (int c : sync) {
            if (features[c] != 0) {
                signal += CellGrid.CHIP[c] * features[c];
                visible++;
            }
        }
        long hyps = (long) (VW - rw + 1) * (VH - rh + 1);
        return new Hit(rw, rh, bestX, bestY, bestZ, visible > 0 ? signal / visible : 0, hyps,
                features);
    }

    /**
     * Matched-filter response at every top-left position: {@code Σ kernel·picture} over the
     * 8×8 window, computed separably as {@code Σ s(a)s(b)·R − mean·Σ R}.
     */
    private static double[] response(LumaImage r, int mw, int mh) {
        int w = r.width();
        float[] y = r.y();
        double[] p = WatermarkDetector.PROFILE;
        double[] h1 = new double[mw * r.height()];
        double[] h0 = new double[mw * r.height()];
        for (int row = 0; row < r.height(); row++) {
            int base = row * w;
            for (int x = 0; x < mw; x++) {
                double s1 = 0;
                double s0 = 0;
                for (int a = 0; a < CELL; a++) {
                    double v = y[base + x + a];
                    s1 += p[a] * v;
                    s0 += v;
                }
                h1[row * mw + x] = s1;
                h0[row * mw + x] = s0;
            }
        }
        double[] out = new double[mw * mh];
        for (int row = 0; row < mh; row++) {
            for (int x = 0; x < mw; x++) {
                double a1 = 0;
                double a0 = 0;
                for (int b = 0; b < CELL; b++) {
                    a1 += p[b] * h1[(row + b) * mw + x];
                    a0 += h0[(row + b) * mw + x];
                }
                out[row * mw + x] = a1 - WatermarkDetector.KERNEL_MEAN * a0;
            }
        }
        return out;
    }
}
