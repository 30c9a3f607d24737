package dev.longshot.audio;

/**
 * A look-ahead peak limiter on an estimate of the true (inter-sample) peak: the larger of each
 * sample and three Catmull-Rom points between it and the next, over all channels. The gain
 * drops {@link #LOOKAHEAD} samples before a peak would pass the ceiling and recovers with a
 * 120 ms time constant; it starts each second where the last one ended.
 */
final class Limiter {
    static final int LOOKAHEAD = 64;

    private Limiter() {}

    /**
     * Limits {@code bus} in place to {@code ceiling} (linear) and scales {@code also} (another
     * bus of as many samples, or the same) by the same gains; returns the gain at the end.
     */
    static double apply(Bus bus, Bus also, double ceiling, double startGain, int rate) {
        int n = bus.length();
        double[] need = new double[n];
        for (int i = 0; i < n; i++) {
            double p = 0;
            for (float[] ch : bus.channels) p = StrictMath.max(p, peak(ch, i));
            need[i] = p > ceiling ? ceiling / p : 1;
        }
        double recover = 1 - StrictMath.exp(-1.0 / (0.12 * rate));
        double g = startGain;
        // Sliding minimum of need over [i, i + LOOKAHEAD]: a deque of indices.
        int[] q = new int[n];
        int head = 0, tail = 0;
        int next = 0;
        for (int i = 0; i < n; i++) {
            int last = StrictMath.min(n - 1, i + LOOKAHEAD);
            while (next <= last) {
                while (tail > head && need[q[tail - 1]] >= need[next]) tail--;
                q[tail++] = next++;
            }
            while (q[head] < i) head++;
            double want = need[q[head]];
            g = StrictMath.min(want, g + (1 - g) * recover);
            for (float[] ch : bus.channels) ch[i] = (float) (ch[i] * g);
            if (also != bus) {
                for (float[] ch : also.channels) ch[i] = (float) (ch[i] * g);
            }
        }
        return g;
    }

    private static double peak(float[] x, int i) {
        int n = x.length;
        double p0 = x[StrictMath.max(0, i - 1)], p1 = x[i];
        double p2 = x[StrictMath.min(n - 1, i + 1)], p3 = x[StrictMath.min(n - 1, i + 2)];
        double m = StrictMath.abs(p1);
        for (int k = 1; k < 4; k++) {
            double t = k / 4.0;
            double v = 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t
                    + (-p0 + 3 * p1 - 3 * p2 + p3) * t * t * t);
            m = StrictMath.max(m, StrictMath.abs(v));
        }
        return m;
    }
}
