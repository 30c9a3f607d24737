package dev.longshot.media.provenance.watermark;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds where an excerpt sits in the original video from the soft time bits of its frames.
 *
 * <p>Frame {@code i} of the excerpt is at {@code t0 + i/fps} in the original, so it carries the
 * bits of second {@code S + floor(φ + i/fps)} with {@code S = floor(t0)} and {@code φ = t0 − S}.
 * For each of {@value #PHASES} phases the frames are summed per second; then every start
 * second {@code S} is scored by how well the bits of {@code S, S+1, …} match (a maximum-
 * likelihood search, made fast by splitting the 17 bits into two lookup tables).
 */
final class TimeSearch {
    static final int PHASES = 24;
    static final int LOW = 9;

    /**
     * @param second the original's second the excerpt's first frame belongs to
     * @param phase  how far into that second the first frame lies (0 … 1)
     * @param z      best score normalised by the evidence, ≈ N(0,1)-like without a mark
     */
    record Fit(long second, double phase, double z) {
        /** The excerpt's start in the original, before the embedder's ramp is allowed for. */
        double startSeconds() {
            return second + phase;
        }

        /** Second of the original that frame {@code i} carries the bits of. */
        long secondOf(int i, double fps) {
            return second + (long) Math.floor(phase + i / fps);
        }
    }

    private TimeSearch() {}

    static Fit best(List<double[]> bits, double fps) {
        // each phase on its own (on the cores there are), then the phases in order: the same
        // pick as one loop over phases and seconds keeping the first strictly better score
        Phase[] phases = IntStream.range(0, PHASES).parallel()
                .mapToObj(j -> phase(bits, fps, (double) j / PHASES)).toArray(Phase[]::new);
        Phase best = null;
        for (Phase p : phases) {
            if (p != null && (best == null || p.score() > best.score())) best = p;
        }
        return best == null ? new Fit(0, 0, 0) : best.fit();
    }

    /** The best start second at one phase: its score and fit. */
    private record Phase(double score, Fit fit) {}

    /** The best start second at {@code phase}; null when its frames carry no evidence. */
    private static Phase phase(List<double[]> bits, double fps, double phase) {
        int n = bits.size();
        int seconds = 1 << CellGrid.TIME_BITS;
        int groups = (int) Math.floor(phase + (n - 1) / fps) + 1;
        double[][] sums = new double[groups][CellGrid.TIME_BITS];
        for (int i = 0; i < n; i++) {
            int g = (int) Math.floor(phase + i / fps);
            double[] b = bits.get(i);
            for (int k = 0; k < CellGrid.TIME_BITS; k++) sums[g][k] += b[k];
        }
        double energy = 0;
        for (double[] s : sums) for (double v : s) energy += v * v;
        if (energy == 0) return null;
        double[][] lo = new double[groups][];
        double[][] hi = new double[groups][];
        for (int g = 0; g < groups; g++) {
            lo[g] = table(sums[g], 0, LOW);
            hi[g] = table(sums[g], LOW, CellGrid.TIME_BITS - LOW);
        }
        int mask = (1 << LOW) - 1;
        double bestScore = Double.NEGATIVE_INFINITY;
        long bestSecond = 0;
        for (int s = 0; s + groups <= seconds; s++) {
            double score = 0;
            for (int g = 0; g < groups; g++) {
                int v = s + g;
                score += lo[g][v & mask] + hi[g][v >>> LOW];
            }
            if (score > bestScore) {
                bestScore = score;
                bestSecond = s;
            }
        }
        if (bestScore == Double.NEGATIVE_INFINITY) return null;
        return new Phase(bestScore, new Fit(bestSecond, phase, bestScore / Math.sqrt(energy)));
    }

    /** Score of every value of {@code count} bits starting at bit {@code from}. */
    static double[] table(double[] soft, int from, int count) {
        double[] t = new double[1 << count];
        for (int v = 0; v < t.length; v++) {
            double s = 0;
            for (int k = 0; k < count; k++) s += ((v >>> k) & 1) == 1 ? soft[from + k] : -soft[from + k];
            t[v] = s;
        }
        return t;
    }
}
