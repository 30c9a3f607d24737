package dev.longshot.audio;

import java.util.Arrays;

/**
 * The gated BS.1770 loudness of a programme from its start, kept as a histogram of the 400 ms
 * gating blocks' loudness (0.1 LU bins, each with its blocks' summed energy), so an hour costs
 * what a second does and a copy can be kept per second for rollbacks. Immutable: {@link #plus}
 * makes the programme one second longer. The relative gate falls inside a bin, which counts by
 * the share of it above the gate (its blocks taken as spread evenly): within a tenth of an LU
 * of the exact measurement (measured: 0.05 at worst), far inside the ±1 LU a target is held to.
 */
final class ProgrammeLoudness {
    private static final double LOWEST = Loudness.ABSOLUTE_GATE;
    private static final int BINS_PER_LU = 10;
    private static final int BINS = 80 * BINS_PER_LU; // −70 … +10 LUFS
    /** Sub-blocks a gating block shares with the next: kept to begin the next second's. */
    private static final int OVERLAP = Loudness.SUB_BLOCKS_PER_BLOCK - 1;

    /** Nothing heard yet. */
    static final ProgrammeLoudness EMPTY = new ProgrammeLoudness(new double[BINS], new int[BINS],
            new double[0]);

    private final double[] energy;
    private final int[] count;
    private final double[] tail; // the last sub-blocks, which begin the next second's blocks

    private ProgrammeLoudness(double[] energy, int[] count, double[] tail) {
        this.energy = energy;
        this.count = count;
        this.tail = tail;
    }

    /**
     * The programme with one more second: its 100 ms sub-blocks' K-weighted mean squares (as
     * {@link Loudness#blocks}), joined to the last ones so far into 400 ms blocks at 75 %
     * overlap.
     */
    ProgrammeLoudness plus(double[] subBlocks) {
        double[] sub = new double[tail.length + subBlocks.length];
        System.arraycopy(tail, 0, sub, 0, tail.length);
        System.arraycopy(subBlocks, 0, sub, tail.length, subBlocks.length);
        double[] e = energy.clone();
        int[] c = count.clone();
        for (int j = 0; j + OVERLAP < sub.length; j++) {
            double z = Loudness.block(sub, j);
            double l = Loudness.lufs(z);
            if (!(l > LOWEST)) continue;
            int bin = (int) StrictMath.min(BINS - 1, StrictMath.floor((l - LOWEST) * BINS_PER_LU));
            e[bin] += z;
            c[bin]++;
        }
        int keep = StrictMath.min(OVERLAP, sub.length);
        return new ProgrammeLoudness(e, c, Arrays.copyOfRange(sub, sub.length - keep, sub.length));
    }

    /** Integrated loudness, LUFS; NaN while every block is below the absolute gate. */
    double integrated() {
        double sum = 0;
        long n = 0;
        for (int b = 0; b < BINS; b++) {
            sum += energy[b];
            n += count[b];
        }
        if (n == 0) return Double.NaN;
        double gate = Loudness.lufs(sum / n) - Loudness.RELATIVE_GATE_LU;
        double in = 0;
        double m = 0;
        for (int b = 0; b < BINS; b++) {
            double above = (LOWEST + (b + 1.0) / BINS_PER_LU - gate) * BINS_PER_LU;
            double share = StrictMath.max(0, StrictMath.min(1, above));
            in += energy[b] * share;
            m += count[b] * share;
        }
        return m == 0 ? Double.NaN : Loudness.lufs(in / m);
    }
}
