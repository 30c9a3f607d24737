package dev.longshot.audio;

/** Band energies of a signal by a radix-2 FFT (test helper). */
final class Spectrum {
    private final double[] power; // per bin, 0 … n/2
    private final double binHz;

    private Spectrum(double[] power, double binHz) {
        this.power = power;
        this.binHz = binHz;
    }

    /** The spectrum of the first power-of-two samples of {@code s} at {@code rate}. */
    static Spectrum of(float[] s, int rate) {
        int n = Integer.highestOneBit(s.length);
        double[] re = new double[n], im = new double[n];
        for (int i = 0; i < n; i++) re[i] = s[i];
        fft(re, im);
        double[] p = new double[n / 2 + 1];
        for (int k = 0; k <= n / 2; k++) p[k] = re[k] * re[k] + im[k] * im[k];
        return new Spectrum(p, rate / (double) n);
    }

    /** Share of the total energy between {@code lo} and {@code hi} Hz. */
    double share(double lo, double hi) {
        double in = 0, all = 0;
        for (int k = 1; k < power.length; k++) {
            double f = k * binHz;
            all += power[k];
            if (f >= lo && f < hi) in += power[k];
        }
        return all == 0 ? 0 : in / all;
    }

    private static void fft(double[] re, double[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j) {
                double t = re[i]; re[i] = re[j]; re[j] = t;
                t = im[i]; im[i] = im[j]; im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double a = -2 * Math.PI / len;
            for (int i = 0; i < n; i += len) {
                for (int k = 0; k < len / 2; k++) {
                    double c = Math.cos(a * k), s = Math.sin(a * k);
                    int u = i + k, v = i + k + len / 2;
                    double vr = re[v] * c - im[v] * s, vi = re[v] * s + im[v] * c;
                    re[v] = re[u] - vr;
                    im[v] = im[u] - vi;
                    re[u] += vr;
                    im[u] += vi;
                }
            }
        }
    }
}
