package dev.longshot.media.metrics;

/**
 * How much one decoded frame differs from the next, on a sampling grid (every {@code step}-th
 * pixel of every {@code step}-th row): the figures of temporal coherence are averages over
 * many frames, so a sparse grid gives the same numbers at a fraction of the cost.
 *
 * @param lumaChange   mean absolute change of BT.709 luma, 0 … 255
 * @param colourChange mean absolute change over the R, G and B channels, 0 … 255 (what
 *                     VBench's temporal-flicker score averages)
 */
public record FramePair(double lumaChange, double colourChange) {

    /** The change from {@code a} to {@code b}, two {@code 0x00RRGGBB} pictures of one size. */
    public static FramePair between(int[] a, int[] b, int width, int step) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("frames differ in size: " + a.length + " vs "
                    + b.length + " pixels");
        }
        double luma = 0;
        double colour = 0;
        long n = 0;
        int height = a.length / width;
        for (int y = 0; y < height; y += step) {
            int row = y * width;
            for (int x = 0; x < width; x += step) {
                int p = a[row + x];
                int q = b[row + x];
                int dr = (p >>> 16 & 0xFF) - (q >>> 16 & 0xFF);
                int dg = (p >>> 8 & 0xFF) - (q >>> 8 & 0xFF);
                int db = (p & 0xFF) - (q & 0xFF);
                luma += Math.abs(0.2126 * dr + 0.7152 * dg + 0.0722 * db);
                colour += (Math.abs(dr) + Math.abs(dg) + Math.abs(db)) / 3.0;
                n++;
            }
        }
        return new FramePair(luma / n, colour / n);
    }

    /** A grid step that samples about {@code targetWidth} columns of a frame this wide. */
    public static int stepFor(int width, int targetWidth) {
        return Math.max(1, width / Math.max(1, targetWidth));
    }
}
