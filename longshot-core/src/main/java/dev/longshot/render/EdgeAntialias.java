package dev.longshot.render;

/**
 * Anti-aliasing as a post pass over the finished frame, in integers: where a pixel's luma
 * differs sharply from its four neighbours (a staircase of a polygon edge), it is blended
 * towards the neighbour across the edge, by how much it stands out from their mean (the
 * sub-pixel term of FXAA, without the edge-end search). Reads one buffer, writes another,
 * a band of rows per work item, so threads and tiles never change the result.
 */
final class EdgeAntialias {
    /** Rows per work item. */
    static final int BAND = 32;
    /** Below this luma contrast (0 … 255) a pixel is left alone. */
    private static final int MIN_CONTRAST = 16;

    private final int width;
    private final int height;
    private final byte[] luma; // (height, width) 0 … 255, unsigned

    EdgeAntialias(int width, int height) {
        this.width = width;
        this.height = height;
        this.luma = new byte[Math.multiplyExact(width, height)];
    }

    /** Filters {@code src} into {@code dst} (both the whole frame, row-major). */
    void apply(int[] src, int[] dst, WorkerPool pool) {
        int bands = (height + BAND - 1) / BAND;
        pool.forEach(bands, (band, task) -> {
            int to = Math.min(height, (band + 1) * BAND) * width;
            for (int p = band * BAND * width; p < to; p++) luma[p] = (byte) luma(src[p]);
        });
        pool.forEach(bands, (band, task) -> {
            for (int y = band * BAND, to = Math.min(height, y + BAND); y < to; y++) row(src, dst, y);
        });
    }

    private void row(int[] src, int[] dst, int y) {
        int up = Math.max(0, y - 1) * width, down = Math.min(height - 1, y + 1) * width;
        int here = y * width;
        for (int x = 0; x < width; x++) {
            int p = here + x;
            int left = x > 0 ? p - 1 : p, right = x + 1 < width ? p + 1 : p;
            int lm = luma[p] & 255, ln = luma[up + x] & 255, ls = luma[down + x] & 255;
            int lw = luma[left] & 255, le = luma[right] & 255;
            int max = Math.max(lm, Math.max(Math.max(ln, ls), Math.max(lw, le)));
            int min = Math.min(lm, Math.min(Math.min(ln, ls), Math.min(lw, le)));
            int range = max - min;
            if (range < Math.max(MIN_CONTRAST, max >> 3)) {
                dst[p] = src[p];
                continue;
            }
            // Across a horizontal edge the luma changes vertically: blend with N or S.
            int other;
            if (Math.abs(ln - ls) >= Math.abs(lw - le)) {
                other = Math.abs(ln - lm) >= Math.abs(ls - lm) ? up + x : down + x;
            } else {
                other = Math.abs(lw - lm) >= Math.abs(le - lm) ? left : right;
            }
            // Sub-pixel amount s = |mean(N, S, W, E) - M| / range, smoothstep, squared, × 3/4.
            int s = Math.min(256, Math.abs(ln + ls + lw + le - 4 * lm) * 64 / range);
            int smooth = ((3 * 256 - 2 * s) * s * s) >> 16;
            int blend = (smooth * smooth * 3) >> 10; // 0 … 192 of 256
            dst[p] = Colors.mix(src[p], src[other], blend);
        }
    }

    /** Luma 0 … 255 of a packed colour (Rec. 601 weights, integers). */
    static int luma(int c) {
        return (((c >> 16) & 255) * 77 + ((c >> 8) & 255) * 150 + (c & 255) * 29) >> 8;
    }
}
