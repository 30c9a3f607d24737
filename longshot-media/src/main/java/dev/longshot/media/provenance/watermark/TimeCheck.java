package dev.longshot.media.provenance.watermark;

import java.util.List;

/**
 * Whether the time fit's start stands clear of every other start. At low signal the search can
 * prefer a wrong start — one wrong high bit moves it by 2^b seconds (8192 s for bit 13) while
 * the fit's overall score still looks good — so the best start is compared with every other
 * start second at the same phase: the difference of their scores, over the noise that
 * difference would carry if the two fitted equally well, is a z-score, and the start is
 * withheld unless even the closest rival trails by {@value #BIT_Z_MIN}.
 *
 * <p>The rivals are whole time codes, not single bits: a time code counts up by one each
 * second, so a rival that differs in a low bit (which changes every second or two) differs in
 * several bits over the excerpt, and all of that evidence counts against it together. A rival
 * differing only in a high bit that stays the same over the excerpt is weighed on that bit
 * alone, as before. The phase within the second is not checked here (a start is right within
 * half a second).
 *
 * <p>The noise of a score difference has two parts: what stays the same in every frame (the
 * spread of the sync cells' means, which also includes the mark's own variation from cell to
 * cell, so it errs on the cautious side) and what changes from second to second (the
 * covariance of the sync cells' per-second deviations, {@link FrameReadings#groupCovariance}).
 * Each time cell counts by its weight squared ({@link TimeCellWeights}), as its share of the
 * noise of a weighted sum.
 */
final class TimeCheck {
    /**
     * z the best start must lead every rival by: a rival fitting exactly as well passes with
     * chance Q(3.5) ≈ 2·10⁻⁴, one fitting better far less. Measured (README): wrong starts
     * scored ≤ 0.24 on the single-bit check this generalises.
     */
    static final double BIT_Z_MIN = 3.5;

    /**
     * @param rivalOffset seconds from the best start to the closest rival (0 when none was
     *                    weighed)
     * @param bitZ        the best start's lead over that rival, over the lead's noise (≈ N(0,1)
     *                    when the two fit equally well)
     */
    record Result(long rivalOffset, double bitZ) {
        boolean reliable() {
            return bitZ >= BIT_Z_MIN;
        }
    }

    private TimeCheck() {}

    static Result of(FrameReadings readings, TimeSearch.Fit fit, double fps) {
        List<double[]> bits = readings.timeBits();
        int n = bits.size();
        if (n == 0) return new Result(0, 0);
        int groups = (int) Math.floor(fit.phase() + (n - 1) / fps) + 1;
        int[] group = new int[n];
        int[] size = new int[groups];
        double[][] sums = new double[groups][CellGrid.TIME_BITS];
        for (int i = 0; i < n; i++) {
            group[i] = (int) Math.floor(fit.phase() + i / fps);
            size[group[i]]++;
            for (int b = 0; b < CellGrid.TIME_BITS; b++) sums[group[i]][b] += bits.get(i)[b];
        }
        double[][] cov = readings.groupCovariance(group, groups);
        double noise = readings.cellNoise();
        double[] cells = new double[CellGrid.TIME_BITS];
        for (int b = 0; b < CellGrid.TIME_BITS; b++) cells[b] = readings.timeCellEnergy(b);
        Rivals rivals = new Rivals(sums, size, cov, noise * noise, cells);
        return rivals.closest(fit.second());
    }

    /** Every start second at the fit's phase, weighed against the best one. */
    private record Rivals(double[][] sums, int[] size, double[][] cov, double variance,
            double[] cells) {
        Result closest(long best) {
            int groups = size.length;
            int seconds = 1 << CellGrid.TIME_BITS;
            int low = TimeSearch.LOW;
            int mask = (1 << low) - 1;
            double[][] lo = new double[groups][];
            double[][] hi = new double[groups][];
            for (int g = 0; g < groups; g++) {
                lo[g] = TimeSearch.table(sums[g], 0, low);
                hi[g] = TimeSearch.table(sums[g], low, CellGrid.TIME_BITS - low);
            }
            double bestScore = score(lo, hi, mask, best);
            // a lead too large for even the noisiest rival (every bit different in every
            // frame) needs no closer look
            double frames = 0;
            double moving = 0;
            for (int g = 0; g < groups; g++) {
                frames += size[g];
                for (int h = 0; h < groups; h++) {
                    moving += (double) size[g] * size[h] * Math.abs(cov[g][h]);
                }
            }
            double cellSum = 0;
            for (double c : cells) cellSum += c;
            double widest = Math.sqrt(cellSum * 4 * (variance * frames * frames + moving));
            // the likeliest close rivals first (a neighbouring second, one bit flipped), so that
            // the scan below can pass over every rival that cannot come closer
            double leastZ = Double.POSITIVE_INFINITY;
            long rival = 0;
            long last = seconds - groups;
            for (long s : seeds(best)) {
                if (s < 0 || s > last || s == best) continue;
                double z = z(best, s, bestScore - score(lo, hi, mask, s));
                if (z < leastZ) {
                    leastZ = z;
                    rival = s - best;
                }
            }
            for (long s = 0; s <= last; s++) {
                if (s == best) continue;
                double lead = bestScore - score(lo, hi, mask, s);
                if (widest > 0 && lead / widest >= leastZ) continue;
                double z = z(best, s, lead);
                if (z < leastZ) {
                    leastZ = z;
                    rival = s - best;
                }
            }
            return new Result(rival, Double.isInfinite(leastZ) ? 0 : leastZ);
        }

        /** The neighbouring seconds of {@code best} and every start one bit away from it. */
        private static long[] seeds(long best) {
            long[] s = new long[4 + CellGrid.TIME_BITS];
            s[0] = best - 1;
            s[1] = best + 1;
            s[2] = best - 2;
            s[3] = best + 2;
            for (int b = 0; b < CellGrid.TIME_BITS; b++) s[4 + b] = best ^ (1L << b);
            return s;
        }

        private static double score(double[][] lo, double[][] hi, int mask, long s) {
            double score = 0;
            for (int g = 0; g < lo.length; g++) {
                long v = s + g;
                score += lo[g][(int) (v & mask)] + hi[g][(int) (v >>> TimeSearch.LOW)];
            }
            return score;
        }

        /** The lead of {@code best} over {@code rival}, over its noise. */
        private double z(long best, long rival, double lead) {
            int groups = size.length;
            double var = 0;
            long[] d = new long[groups];
            for (int b = 0; b < CellGrid.TIME_BITS; b++) {
                long steady = 0;
                for (int g = 0; g < groups; g++) {
                    // frames of group g vote ±2 more for the best than for the rival on bit b
                    d[g] = (long) size[g]
                            * (Payload.timeSign(best + g, b) - Payload.timeSign(rival + g, b));
                    steady += d[g];
                }
                double moving = 0;
                for (int g = 0; g < groups; g++) {
                    if (d[g] == 0) continue;
                    for (int h = 0; h < groups; h++) moving += (double) (d[g] * d[h]) * cov[g][h];
                }
                var += cells[b] * (variance * (double) steady * steady + Math.max(0, moving));
            }
            if (var <= 0) return lead > 0 ? Double.POSITIVE_INFINITY : 0;
            return lead / Math.sqrt(var);
        }
    }
}
