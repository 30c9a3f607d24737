package dev.longshot.audio;

/**
 * A sine from a 4096-entry table built with {@link StrictMath}, linearly interpolated: the
 * same bits on every JVM, and cheaper per sample than {@code StrictMath.sin}.
 */
final class Sine {
    private static final int SIZE = 4096;
    private static final double[] TABLE = new double[SIZE + 1];

    static {
        for (int i = 0; i <= SIZE; i++) TABLE[i] = StrictMath.sin(2 * StrictMath.PI * i / SIZE);
    }

    private Sine() {}

    /** sin(2π·cycles). */
    static double of(double cycles) {
        double f = cycles - StrictMath.floor(cycles);
        double x = f * SIZE;
        int i = (int) x;
        double k = x - i;
        return TABLE[i] + (TABLE[i + 1] - TABLE[i]) * k;
    }
}
