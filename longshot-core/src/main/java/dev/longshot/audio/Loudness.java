package dev.longshot.audio;

import java.util.List;

/**
 * ITU-R BS.1770-4 loudness: K-weighting (a high shelf then a high-pass, the standard's
 * analogue prototypes mapped to the sample rate by the bilinear transform — at 48 kHz these
 * are the standard's own coefficients), mean square per 100 ms sub-block, 400 ms blocks with
 * 75 % overlap, gated at −70 LUFS absolute and 10 LU below the ungated mean.
 */
final class Loudness {
    static final int BLOCKS_PER_SECOND = 10;
    static final double ABSOLUTE_GATE = -70;
    /** The relative gate: this many LU below the mean of the blocks over the absolute gate. */
    static final double RELATIVE_GATE_LU = 10;
    /** Sub-blocks a 400 ms gating block spans (it shares all but one with the next). */
    static final int SUB_BLOCKS_PER_BLOCK = 4;

    private Loudness() {}

    /** The pre-filter's high shelf (stage 1). */
    static Biquad shelf(int rate) {
        double f0 = 1681.974450955533, g = 3.999843853973347, q = 0.7071752369554196;
        double k = StrictMath.tan(StrictMath.PI * f0 / rate);
        double vh = StrictMath.pow(10, g / 20);
        double vb = StrictMath.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / q + k * k;
        return new Biquad(vh + vb * k / q + k * k, 2 * (k * k - vh), vh - vb * k / q + k * k,
                a0, 2 * (k * k - 1), 1 - k / q + k * k);
    }

    /** The RLB high-pass (stage 2). */
    static Biquad highPass(int rate) {
        double f0 = 38.13547087602444, q = 0.5003270373238773;
        double k = StrictMath.tan(StrictMath.PI * f0 / rate);
        return new Biquad(1, -2, 1, 1, 2 * (k * k - 1) / (1 + k / q + k * k),
                (1 - k / q + k * k) / (1 + k / q + k * k));
    }

    /**
     * K-weighted mean square of each 100 ms sub-block of one second, summed over both channels.
     * The filters are primed on the second's first 100 ms, so each second is measured alone.
     */
    static double[] blocks(Bus bus, int rate) {
        double[] out = new double[BLOCKS_PER_SECOND];
        int per = rate / BLOCKS_PER_SECOND;
        for (float[] ch : new float[][] {bus.left, bus.right}) {
            Biquad s = shelf(rate), h = highPass(rate);
            for (int i = 0; i < per; i++) h.next(s.next(ch[i]));
            for (int b = 0; b < BLOCKS_PER_SECOND; b++) {
                double e = 0;
                for (int i = b * per; i < (b + 1) * per; i++) {
                    double y = h.next(s.next(ch[i]));
                    e += y * y;
                }
                out[b] += e / per;
            }
        }
        return out;
    }

    /** Gated loudness, LUFS, of consecutive seconds of sub-blocks; NaN when all gated out. */
    static double integrated(List<double[]> seconds) {
        int n = seconds.size() * BLOCKS_PER_SECOND;
        double[] sub = new double[n];
        for (int s = 0; s < seconds.size(); s++) {
            System.arraycopy(seconds.get(s), 0, sub, s * BLOCKS_PER_SECOND, BLOCKS_PER_SECOND);
        }
        int blocks = n - (SUB_BLOCKS_PER_BLOCK - 1);
        if (blocks <= 0) return Double.NaN;
        double[] z = new double[blocks];
        for (int j = 0; j < blocks; j++) z[j] = block(sub, j);
        double relative = gatedMean(z, ABSOLUTE_GATE);
        if (Double.isNaN(relative)) return Double.NaN;
        return lufs(gatedMean(z, lufs(relative) - RELATIVE_GATE_LU));
    }

    /** Mean square of the 400 ms gating block that starts at sub-block {@code j}. */
    static double block(double[] sub, int j) {
        return (sub[j] + sub[j + 1] + sub[j + 2] + sub[j + 3]) / SUB_BLOCKS_PER_BLOCK;
    }

    private static double gatedMean(double[] z, double gate) {
        double sum = 0;
        int count = 0;
        for (double v : z) {
            if (lufs(v) > gate) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    static double lufs(double meanSquare) {
        return -0.691 + 10 * StrictMath.log10(meanSquare);
    }
}
