package dev.longshot.render;

import dev.longshot.world.camera.Focus;

/**
 * A cheap depth-of-field blur after the frame is drawn: each pixel becomes the mean of a
 * square round it whose half-size is its circle of confusion,
 * {@code blur · width · |1 − focusDistance / depth|} (capped at the background's), read from
 * the frame's depth buffer (1/w; the sky is infinitely far). Box means come from summed-area
 * tables, so the cost does not grow with the radius. Integer sums in a fixed order: the
 * result does not depend on the thread count.
 */
final class DepthOfField {
    private final int width;
    private final int height;
    /** The frame's 1/w, row-major; 0 where nothing was drawn (the sky). */
    final float[] depth;
    /** Summed-area table of red, green, blue interleaved: (height + 1, width + 1, 3). */
    private final int[] sums;

    DepthOfField(int width, int height) {
        this.width = width;
        this.height = height;
        this.depth = new float[width * height];
        this.sums = new int[(width + 1) * (height + 1) * 3];
    }

    /** Circle of confusion, pixels, of a point at 1/w = {@code inv} under {@code focus}. */
    static double radius(Focus focus, double inv, int width) {
        double max = focus.blur() * width;
        return StrictMath.min(max, max * StrictMath.abs(1 - focus.distance() * inv));
    }

    /** {@code in} blurred by depth into {@code out}. */
    void apply(int[] in, int[] out, Focus focus, WorkerPool pool) {
        int row = (width + 1) * 3;
        // Row prefix sums, one job a row; then down the columns in bands of BAND columns,
        // walking each band row by row so memory is read in order.
        pool.forEach(height, (y, task) -> {
            int r = 0, g = 0, b = 0;
            int o = (y + 1) * row + 3;
            for (int x = 0, p = y * width; x < width; x++, p++, o += 3) {
                int c = in[p];
                r += (c >> 16) & 0xFF;
                g += (c >> 8) & 0xFF;
                b += c & 0xFF;
                sums[o] = r;
                sums[o + 1] = g;
                sums[o + 2] = b;
            }
        });
        int bands = (width + BAND - 1) / BAND;
        pool.forEach(bands, (band, task) -> {
            int from = (band * BAND + 1) * 3;
            int to = (Math.min(width, band * BAND + BAND) + 1) * 3;
            for (int y = 2; y <= height; y++) {
                int above = (y - 1) * row;
                int here = y * row;
                for (int i = from; i < to; i++) sums[here + i] += sums[above + i];
            }
        });
        float max = (float) (focus.blur() * width);
        float dist = (float) focus.distance();
        pool.forEach(height, (y, task) -> {
            for (int x = 0; x < width; x++) {
                int p = y * width + x;
                float coc = Math.min(max, max * Math.abs(1 - dist * depth[p]));
                int r = (int) (coc + 0.5f);
                if (r == 0) {
                    out[p] = in[p];
                    continue;
                }
                int xa = Math.max(0, x - r) * 3, xb = Math.min(width, x + r + 1) * 3;
                int ya = Math.max(0, y - r), yb = Math.min(height, y + r + 1);
                int n = (xb - xa) / 3 * (yb - ya);
                int top = ya * row, bottom = yb * row;
                int red = (sums[bottom + xb] - sums[top + xb] - sums[bottom + xa]
                        + sums[top + xa]) / n;
                int green = (sums[bottom + xb + 1] - sums[top + xb + 1] - sums[bottom + xa + 1]
                        + sums[top + xa + 1]) / n;
                int blue = (sums[bottom + xb + 2] - sums[top + xb + 2] - sums[bottom + xa + 2]
                        + sums[top + xa + 2]) / n;
                out[p] = (in[p] & 0xFF000000) | red << 16 | green << 8 | blue;
            }
        });
    }

    /** Columns per job of the column pass. */
    private static final int BAND = 64;
}
