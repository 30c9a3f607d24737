package dev.longshot.audio;

/**
 * A second-order IIR section (RBJ audio-EQ cookbook), direct form I, in doubles. Coefficients
 * come from {@link StrictMath}, so they are the same bits everywhere.
 */
final class Biquad {
    private final double b0, b1, b2, a1, a2;
    private double x1, x2, y1, y2;

    Biquad(double b0, double b1, double b2, double a0, double a1, double a2) {
        this.b0 = b0 / a0;
        this.b1 = b1 / a0;
        this.b2 = b2 / a0;
        this.a1 = a1 / a0;
        this.a2 = a2 / a0;
    }

    static Biquad lowPass(double hz, double q, int rate) {
        double w = 2 * StrictMath.PI * hz / rate, c = StrictMath.cos(w);
        double al = StrictMath.sin(w) / (2 * q);
        return new Biquad((1 - c) / 2, 1 - c, (1 - c) / 2, 1 + al, -2 * c, 1 - al);
    }

    static Biquad highPass(double hz, double q, int rate) {
        double w = 2 * StrictMath.PI * hz / rate, c = StrictMath.cos(w);
        double al = StrictMath.sin(w) / (2 * q);
        return new Biquad((1 + c) / 2, -(1 + c), (1 + c) / 2, 1 + al, -2 * c, 1 - al);
    }

    /** Band-pass with 0 dB peak gain at {@code hz}. */
    static Biquad bandPass(double hz, double q, int rate) {
        double w = 2 * StrictMath.PI * hz / rate, c = StrictMath.cos(w);
        double al = StrictMath.sin(w) / (2 * q);
        return new Biquad(al, 0, -al, 1 + al, -2 * c, 1 - al);
    }

    void reset() {
        x1 = x2 = y1 = y2 = 0;
    }

    double next(double x) {
        double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        return y;
    }

    /** Filters {@code s} in place, continuing from the current state. */
    void run(float[] s) {
        for (int i = 0; i < s.length; i++) s[i] = (float) next(s[i]);
    }
}
