package dev.longshot.media.metrics;

/**
 * Peak signal-to-noise ratio of 8-bit RGB pictures, in dB over the R, G and B channels
 * (peak 255). Identical pictures score {@link Double#POSITIVE_INFINITY}. One definition for
 * the watermark bench and the media tests, so their figures compare.
 */
public final class Psnr {
    private Psnr() {}

    /** PSNR of {@code b} against {@code a}: two pictures of the same size. */
    public static double between(int[] a, int[] b) {
        return of(squaredError(a, b), 3L * a.length);
    }

    /**
     * Sum of squared differences over the R, G and B channels of two same-size pictures;
     * add the sums of several frames and pass the total to {@link #of} for a clip's PSNR.
     */
    public static double squaredError(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("pictures differ in size: " + a.length
                    + " vs " + b.length + " pixels");
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                int d = (a[i] >>> shift & 0xFF) - (b[i] >>> shift & 0xFF);
                sum += d * d;
            }
        }
        return sum;
    }

    /** PSNR in dB for a total squared error over {@code samples} channel values. */
    public static double of(double squaredError, long samples) {
        if (samples < 1) throw new IllegalArgumentException("samples must be ≥ 1: " + samples);
        double mse = squaredError / samples;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }
}
