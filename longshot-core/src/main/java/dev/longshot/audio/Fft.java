package dev.longshot.audio;

/** An in-place radix-2 complex FFT, for measuring sound (spectra, spectrograms). */
public final class Fft {
    private Fft() {}

    /** Transforms {@code re + i·im} in place; the length must be a power of two. */
    public static void transform(double[] re, double[] im) {
        int n = re.length;
        if (Integer.bitCount(n) != 1 || im.length != n) {
            throw new IllegalArgumentException("FFT length " + n + " is not a power of two");
        }
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double a = -2 * StrictMath.PI / len;
            for (int i = 0; i < n; i += len) {
                for (int k = 0; k < len / 2; k++) {
                    double c = StrictMath.cos(a * k);
                    double s = StrictMath.sin(a * k);
                    int u = i + k;
                    int v = i + k + len / 2;
                    double vr = re[v] * c - im[v] * s;
                    double vi = re[v] * s + im[v] * c;
                    re[v] = re[u] - vr;
                    im[v] = im[u] - vi;
                    re[u] += vr;
                    im[u] += vi;
                }
            }
        }
    }
}
