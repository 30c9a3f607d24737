package dev.longshot.media.metrics;

/**
 * A running mean of R, G and B over sampled pixels of many frames: the picture's overall
 * colour and brightness, which drift shows as a slow change from the start to the end.
 */
public final class MeanColour {
    private double r;
    private double g;
    private double b;
    private long n;

    /** Adds every {@code step}-th pixel of every {@code step}-th row of a frame. */
    public void add(int[] rgb, int width, int step) {
        int height = rgb.length / width;
        for (int y = 0; y < height; y += step) {
            int row = y * width;
            for (int x = 0; x < width; x += step) {
                int p = rgb[row + x];
                r += p >>> 16 & 0xFF;
                g += p >>> 8 & 0xFF;
                b += p & 0xFF;
                n++;
            }
        }
    }

    public boolean isEmpty() {
        return n == 0;
    }

    public double red() {
        return n == 0 ? 0 : r / n;
    }

    public double green() {
        return n == 0 ? 0 : g / n;
    }

    public double blue() {
        return n == 0 ? 0 : b / n;
    }

    /** BT.709 luma of the mean colour, 0 … 255. */
    public double luma() {
        return 0.2126 * red() + 0.7152 * green() + 0.0722 * blue();
    }

    /** Euclidean distance between two mean colours in RGB, 0 … 441. */
    public double distanceTo(MeanColour o) {
        double dr = red() - o.red();
        double dg = green() - o.green();
        double db = blue() - o.blue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}
