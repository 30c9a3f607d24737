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
        Fft.transform(re, im);
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
}
