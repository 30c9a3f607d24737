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
    // Summed-area tables of red, green, blue: (height + 1, width + 1).
    private final int[] sumR;
    private final int[] sumG;
    private final int[] sumB;

    DepthOfField(int width, int height) {
        this.width = width;
        this.height = height;
        this.depth = new float[width * height];
        int n = (width + 1) * (height + 1);
        this.sumR = new int[n];
        this.sumG = new int[n];
        this.sumB = new int[n];
    }

    /** Circle of confusion, pixels, of a point at 1/w = {@code inv} under {@code focus}. */
    static double radius(Focus focus, double inv, int width) {
        double max = focus.blur() * width;
        return StrictMath.min(max, max * StrictMath.abs(1 - focus.distance() * inv));
    }

    /** {@code in} blurred by depth into {@code out}. */
    void apply(int[] in, int[] out, Focus focus, WorkerPool pool) {
        int w1 = width + 1;
        // Row prefix sums, then column prefix sums: each row (column) is one job.
        pool.forEach(height, (y, task) -> {
            int r = 0, g = 0, b = 0;
            int o = (y + 1) * w1;
            for (int x = 0; x < width; x++) {
                int c = in[y * width + x];
                r += (c >> 16) & 0xFF;
                g += (c >> 8) & 0xFF;
                b += c & 0xFF;
                sumR[o + x + 1] = r;
                sumG[o + x + 1] = g;
                sumB[o + x + 1] = b;
            }
        });
        pool.forEach(width, (x, task) -> {
            for (int y = 1; y < height; y++) {
                int a = y * w1 + x + 1;
                int b = a + w1;
                sumR[b] += sumR[a];
                sumG[b] += sumG[a];
                sumB[b] += sumB[a];
            }
        });
        float max = (float) (focus.blur() * width);
        float dist = (float) focus.distance();
        pool.forEach(height, (y, task) -> {
            for (int x = 0; x < width; x++) {
                int p = y * width + x;
                float inv = depth[p];
                float coc = Math.min(max, max * Math.abs(1 - dist * inv));
                int r = (int) (coc + 0.5f);
                if (r == 0) {
                    out[p] = in[p];
                    continue;
                }
                int xa = Math.max(0, x - r), xb = Math.min(width, x + r + 1);
                int ya = Math.max(0, y - r), yb = Math.min(height, y + r + 1);
                int n = (xb - xa) * (yb - ya);
                int i00 = ya * w1 + xa, i01 = ya * w1 + xb, i10 = yb * w1 + xa, i11 = yb * w1 + xb;
                int red = (sumR[i11] - sumR[i01] - sumR[i10] + sumR[i00]) / n;
                int green = (sumG[i11] - sumG[i01] - sumG[i10] + sumG[i00]) / n;
                int blue = (sumB[i11] - sumB[i01] - sumB[i10] + sumB[i00]) / n;
                out[p] = (in[p] & 0xFF000000) | red << 16 | green << 8 | blue;
            }
        });
    }
}
