package dev.longshot.media.provenance.watermark;

import java.util.List;

/**
 * Whether a time fit holds bit by bit. The search picks, for every time bit, the sign its
 * frames favour; a bit that stays the same over the whole excerpt (the high bits of the second
 * index) is decided by the mean of its {@value CellGrid#TIME_REPEAT} cells alone, and at low
 * signal that mean can land on the wrong side — one wrong high bit moves the start by 2^b
 * seconds (8192 s for bit 13) while the fit's overall score still looks good. So each bit's
 * evidence for the sign the fit chose is measured against the noise of a mean cell, and the
 * start is withheld unless even the weakest bit stands clear of it.
 */
final class TimeCheck {
    /**
     * z a time bit's evidence needs: a bit that carries no signal at all passes with chance
     * Q(3.5) ≈ 2·10⁻⁴, and one with some signal on the wrong side far less. The noise estimate
     * includes the mark's own variation from cell to cell, so a bit's true z is higher than the
     * one measured. Measured (README): wrong starts scored ≤ 0.24; re-encodes at 640×360 and
     * CRF 23 score 4.7 (turned 2°) to 17.
     */
    static final double BIT_Z_MIN = 3.5;

    /**
     * @param weakestBit the time bit with the least evidence
     * @param bitZ       that bit's evidence over the noise it would have if it stayed the same
     *                   over the excerpt (≈ N(0,1) when the bit is pure noise)
     */
    record Result(int weakestBit, double bitZ) {
        boolean reliable() {
            return bitZ >= BIT_Z_MIN;
        }
    }

    private TimeCheck() {}

    static Result of(FrameReadings readings, TimeSearch.Fit fit, double fps) {
        List<double[]> bits = readings.timeBits();
        int n = bits.size();
        double[] evidence = new double[CellGrid.TIME_BITS];
        for (int i = 0; i < n; i++) {
            long second = fit.secondOf(i, fps);
            double[] soft = bits.get(i);
            for (int b = 0; b < CellGrid.TIME_BITS; b++) {
                evidence[b] += Payload.timeSign(second, b) * soft[b];
            }
        }
        double noise = readings.cellNoise();
        int weakest = 0;
        double weakestZ = Double.POSITIVE_INFINITY;
        for (int b = 0; b < CellGrid.TIME_BITS; b++) {
            // mean over frames; the noise of a mean of k independent cells is √k·σ
            double sd = Math.sqrt(readings.visibleTimeCells(b)) * noise;
            double mean = n == 0 ? 0 : evidence[b] / n;
            double z = sd > 0 ? mean / sd : mean > 0 && sd == 0 ? Double.POSITIVE_INFINITY : 0;
            if (z < weakestZ) {
                weakestZ = z;
                weakest = b;
            }
        }
        return new Result(weakest, weakestZ);
    }
}
