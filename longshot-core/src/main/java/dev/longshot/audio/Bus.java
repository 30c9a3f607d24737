package dev.longshot.audio;

/** One second of one layer in stereo, as floats (full scale ±1). */
final class Bus {
    final float[] left;
    final float[] right;

    Bus(int length) {
        left = new float[length];
        right = new float[length];
    }

    int length() {
        return left.length;
    }

    /** Adds {@code s} to both channels, times {@code gain}. */
    void addCentre(float[] s, double gain) {
        for (int i = 0; i < s.length; i++) {
            left[i] += (float) (s[i] * gain);
            right[i] += (float) (s[i] * gain);
        }
    }

    /** Adds {@code l} and {@code r} times the per-sample {@code envelope}. */
    void addWide(float[] l, float[] r, float[] envelope) {
        for (int i = 0; i < left.length; i++) {
            left[i] += l[i] * envelope[i];
            right[i] += r[i] * envelope[i];
        }
    }

    /** Adds another bus times {@code gain}. */
    void mix(Bus other, double gain) {
        float g = (float) gain;
        for (int i = 0; i < left.length; i++) {
            left[i] += other.left[i] * g;
            right[i] += other.right[i] * g;
        }
    }

    /** Mean square of both channels over the second. */
    double power() {
        double e = 0;
        for (int i = 0; i < left.length; i++) e += left[i] * left[i] + right[i] * right[i];
        return e / (2.0 * left.length);
    }
}
