package dev.longshot.media.provenance.watermark;

import dev.longshot.media.provenance.ContentId;

/**
 * Embeds the watermark into frames of one video, in place.
 *
 * <p>Each cell gets one smooth bump of luma, added equally to R, G and B (so chroma is
 * untouched) with amplitude {@code δ = α·chip·bit − λ·u}, where {@code u} is the host picture's
 * own projection on that bump ("improved spread spectrum"): cancelling most of the host makes
 * detection work on static scenes, where averaging frames cannot remove the picture. {@code δ}
 * is clamped, so textured cells change a little more than flat ones (where change shows most),
 * and dark or bright cells more than mid-grey ones (luminance masking: night frames, which
 * encoders starve of bits, would otherwise lose the mark). A per-frame budget on the mean
 * squared change keeps every frame above 40 dB PSNR.
 * Sync and ID cells carry the same sign in every frame; time cells change sign when the second
 * changes, cross-faded over a quarter of a second so nothing pops: no flicker.
 *
 * <p>Per-pixel work is integer; per-cell amounts are IEEE doubles with +, *, / only, which Java
 * computes identically everywhere, so marking is deterministic. Not thread-safe.
 */
public final class WatermarkEmbedder {
    /** Smallest frame that can carry the watermark: one pixel per cell would not survive. */
    public static final int MIN_WIDTH = 2 * CellGrid.COLS;
    public static final int MIN_HEIGHT = 2 * CellGrid.ROWS;

    /**
     * Target bump amplitude in luma levels (8-bit) where the picture is textured; flat cells
     * (sky, still water) get {@link #ALPHA_FLAT}, where a few levels of smooth bumps would show
     * as a faint mottled grid. In between it grows with the cell's luma standard deviation up
     * to {@link #SIGMA_FULL} (texture masks the mark).
     */
    static final double ALPHA = 3.5;
    static final double ALPHA_FLAT = 2.0;
    static final double SIGMA_FULL = 10.0;
    /** Fraction of the host's projection removed. */
    static final double LAMBDA = 1.0;
    /** Largest bump amplitude in luma levels. */
    static final double CLAMP = 9.0;
    /**
     * Most the luminance masking may raise a cell's amplitude: dark and bright cells hide a
     * change several times larger than mid-grey ones (see {@link #luminanceMasking}), and dark
     * frames are exactly where encoders spend the fewest bits and would erase a weak mark.
     */
    static final double MASKING_MAX = 2.0;
    /**
     * Mean squared change per pixel a frame may take, luma levels²: 2.2² is 41.2 dB before
     * rounding to whole levels (40.9 dB the lowest measured), above the 40 dB (2.55²) promised,
     * whatever the masking asks for.
     */
    static final double MSE_BUDGET = 2.2 * 2.2;

    private final int width;
    private final int height;
    private final int fps;
    private final int[] idCode;
    private final int[] wx;
    private final int[] wy;
    private final int[] cx;
    private final int[] cy;
    /** Per cell: bump sum Σw and energy of the zero-mean bump Σ(w-w̄)², in bump units. */
    private final double[] bumpMean = new double[CellGrid.CELLS];
    private final double[] bumpEnergy = new double[CellGrid.CELLS];
    private final long[] sumWY = new long[CellGrid.CELLS];
    private final long[] sumY = new long[CellGrid.CELLS];
    private final long[] sumYY = new long[CellGrid.CELLS];
    private final double[] pixels = new double[CellGrid.CELLS];
    /** Per cell: Σw² of the bump, in bump units, for the frame's squared change. */
    private final double[] bumpSquare = new double[CellGrid.CELLS];
    private final double[] delta = new double[CellGrid.CELLS];
    private final int[] deltaQ = new int[CellGrid.CELLS];
    private final double[] target = new double[CellGrid.CELLS];

    /**
     * @param width  frame width, at least {@link #MIN_WIDTH} pixels
     * @param height frame height, at least {@link #MIN_HEIGHT} pixels
     * @param fps    frames per second of the video
     * @param id     the video's content ID
     */
    public WatermarkEmbedder(int width, int height, int fps, ContentId id) {
        if (width < MIN_WIDTH || height < MIN_HEIGHT) {
            throw new IllegalArgumentException("size " + width + "x" + height
                    + " is too small to carry the watermark (at least " + MIN_WIDTH + "x"
                    + MIN_HEIGHT + ")");
        }
        if (fps < 1) throw new IllegalArgumentException("fps < 1");
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.idCode = Payload.idCode(id);
        this.wx = CellGrid.profile(width, CellGrid.COLS);
        this.wy = CellGrid.profile(height, CellGrid.ROWS);
        this.cx = CellGrid.cellOf(width, CellGrid.COLS);
        this.cy = CellGrid.cellOf(height, CellGrid.ROWS);
        for (int r = 0; r < CellGrid.ROWS; r++) {
            for (int c = 0; c < CellGrid.COLS; c++) {
                double[] ax = axis(wx, CellGrid.start(c, width, CellGrid.COLS),
                        CellGrid.start(c + 1, width, CellGrid.COLS));
                double[] ay = axis(wy, CellGrid.start(r, height, CellGrid.ROWS),
                        CellGrid.start(r + 1, height, CellGrid.ROWS));
                double n = ax[2] * ay[2];
                double sum = ax[0] * ay[0];
                bumpMean[r * CellGrid.COLS + c] = sum / n;
                pixels[r * CellGrid.COLS + c] = n;
                bumpEnergy[r * CellGrid.COLS + c] = ax[1] * ay[1] - sum * sum / n;
                bumpSquare[r * CellGrid.COLS + c] = ax[1] * ay[1];
            }
        }
    }

    /** {Σw, Σw², n} of one axis of a cell, w in bump units (0 … 1). */
    private static double[] axis(int[] profile, int from, int to) {
        double s = 0;
        double s2 = 0;
        for (int i = from; i < to; i++) {
            double w = profile[i] / 256.0;
            s += w;
            s2 += w * w;
        }
        return new double[] {s, s2, to - from};
    }

    /**
     * Marks one frame.
     *
     * @param rgb        {@code width*height} pixels {@code 0x00RRGGBB}, changed in place
     * @param frameIndex the frame's index in the whole video (0-based)
     */
    public void mark(int[] rgb, long frameIndex) {
        if (rgb.length != width * height) throw new IllegalArgumentException("frame size");
        targets(frameIndex);
        project(rgb);
        for (int c = 0; c < CellGrid.CELLS; c++) {
            double u = bumpEnergy[c] > 0
                    ? (sumWY[c] / 65536.0 - bumpMean[c] * sumY[c]) / bumpEnergy[c] : 0;
            double mean = sumY[c] / pixels[c];
            double sigma = Math.sqrt(Math.max(0, sumYY[c] / pixels[c] - mean * mean));
            double strength = (ALPHA_FLAT / ALPHA
                    + (1 - ALPHA_FLAT / ALPHA) * Math.min(1, sigma / SIGMA_FULL))
                    * luminanceMasking(mean);
            double d = strength * target[c] - LAMBDA * u;
            delta[c] = Math.max(-CLAMP, Math.min(CLAMP, d));
        }
        double budget = budgetScale();
        for (int c = 0; c < CellGrid.CELLS; c++) {
            deltaQ[c] = (int) Math.round(delta[c] * budget * 256);
        }
        add(rgb);
    }

    /**
     * How much larger than at mid-grey a change may be on a background of luma {@code mean}
     * before it shows: the luminance part of Chou and Li's just-noticeable-difference model
     * (1995), {@code 17(1−√(bg/127))+3} below mid-grey and {@code 3(bg−127)/128+3} above, over
     * its mid-grey value 3, capped at {@link #MASKING_MAX}. A function of the frame alone, so a
     * still picture is marked identically in every frame (no flicker).
     */
    static double luminanceMasking(double mean) {
        double jnd = mean < 127
                ? 17 * (1 - Math.sqrt(Math.max(0, mean) / 127)) + 3
                : 3 * (mean - 127) / 128 + 3;
        return Math.min(MASKING_MAX, jnd / 3);
    }

    /** Factor (≤ 1) that brings this frame's mean squared change within {@link #MSE_BUDGET}. */
    private double budgetScale() {
        double sse = 0;
        for (int c = 0; c < CellGrid.CELLS; c++) sse += delta[c] * delta[c] * bumpSquare[c];
        double mse = sse / ((double) width * height);
        return mse > MSE_BUDGET ? Math.sqrt(MSE_BUDGET / mse) : 1;
    }

    /** Wanted bump amplitude of every cell for this frame. */
    private void targets(long frameIndex) {
        long second = frameIndex / fps;
        int k = (int) (frameIndex % fps);
        int ramp = Math.max(1, fps / 4);
        for (int c : CellGrid.SYNC_CELLS) target[c] = ALPHA * CellGrid.CHIP[c];
        for (int b = 0; b < CellGrid.CODED_BITS; b++) {
            for (int c : CellGrid.ID_CELLS[b]) target[c] = ALPHA * CellGrid.CHIP[c] * idCode[b];
        }
        for (int b = 0; b < CellGrid.TIME_BITS; b++) {
            double sign = Payload.timeSign(second, b);
            if (k < ramp && second > 0) { // cross-fade from the previous second's bit
                double prev = Payload.timeSign(second - 1, b);
                sign = ((2 * k + 1) * sign + (2 * ramp - 2 * k - 1) * prev) / (2.0 * ramp);
            }
            for (int c : CellGrid.TIME_CELLS[b]) target[c] = ALPHA * CellGrid.CHIP[c] * sign;
        }
    }

    /** Per cell: Σ w·Y (w in 1/65536), Σ Y and Σ Y² over the frame's luma. */
    private void project(int[] rgb) {
        java.util.Arrays.fill(sumWY, 0);
        java.util.Arrays.fill(sumY, 0);
        java.util.Arrays.fill(sumYY, 0);
        long[] rowWY = new long[CellGrid.COLS];
        long[] rowY = new long[CellGrid.COLS];
        long[] rowYY = new long[CellGrid.COLS];
        for (int y = 0; y < height; y++) {
            java.util.Arrays.fill(rowWY, 0);
            java.util.Arrays.fill(rowY, 0);
            java.util.Arrays.fill(rowYY, 0);
            int base = y * width;
            for (int x = 0; x < width; x++) {
                int p = rgb[base + x];
                int luma = (77 * (p >>> 16 & 0xFF) + 150 * (p >>> 8 & 0xFF) + 29 * (p & 0xFF)) >> 8;
                rowWY[cx[x]] += (long) wx[x] * luma;
                rowY[cx[x]] += luma;
                rowYY[cx[x]] += luma * luma;
            }
            int row = cy[y] * CellGrid.COLS;
            for (int c = 0; c < CellGrid.COLS; c++) {
                sumWY[row + c] += rowWY[c] * wy[y];
                sumY[row + c] += rowY[c];
                sumYY[row + c] += rowYY[c];
            }
        }
    }

    /** Adds δ·w to R, G and B of every pixel, rounded, clamped to 0 … 255. */
    private void add(int[] rgb) {
        int[] rowDelta = new int[CellGrid.COLS];
        for (int y = 0; y < height; y++) {
            int row = cy[y] * CellGrid.COLS;
            for (int c = 0; c < CellGrid.COLS; c++) rowDelta[c] = deltaQ[row + c] * wy[y];
            int base = y * width;
            for (int x = 0; x < width; x++) {
                // δ (1/256) · wy (1/256) · wx (1/256) → levels, rounded half up
                int a = (rowDelta[cx[x]] * wx[x] + (1 << 23)) >> 24;
                if (a == 0) continue;
                int p = rgb[base + x];
                int r = clamp((p >>> 16 & 0xFF) + a);
                int g = clamp((p >>> 8 & 0xFF) + a);
                int b = clamp((p & 0xFF) + a);
                rgb[base + x] = r << 16 | g << 8 | b;
            }
        }
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : (v > 255 ? 255 : v);
    }
}
