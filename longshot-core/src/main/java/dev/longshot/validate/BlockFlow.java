package dev.longshot.validate;

import java.util.Arrays;

/**
 * Dense optical flow between two thumbnails by two-level block matching (a small,
 * deterministic stand-in for OpenCV's DIS/Farneback: integer sums of absolute differences,
 * fixed search order, no native code). Level 1 halves the thumbnail and searches ±6 px
 * (±12 at full size); level 0 refines each 8×8 block ±2 px around its parent's vector.
 * Gain and offset between the frames (mean and spread of luma) are removed first, so a change
 * of light (dusk, a storm rolling in) is not counted as motion.
 *
 * @param dx       median horizontal motion, thumbnail pixels
 * @param dy       median vertical motion, thumbnail pixels
 * @param residual mean absolute difference left after motion compensation, 0 … 1
 */
public record BlockFlow(double dx, double dy, double residual) {
    private static final int BLOCK = 8;
    private static final int COARSE_RANGE = 6;
    private static final int FINE_RANGE = 2;

    public static BlockFlow between(Thumbnail a, Thumbnail b) {
        if (a.width() != b.width() || a.height() != b.height()) {
            throw new IllegalArgumentException("thumbnails differ in size");
        }
        int w = a.width();
        int h = a.height();
        int[] a0 = normalized(a);
        int[] b0 = normalized(b);
        int offset = 0;
        int hw = w / 2;
        int hh = h / 2;
        int[] a1 = half(a0, w, h);
        int[] b1 = half(b0, w, h);
        int cbx = Math.max(1, hw / BLOCK);
        int cby = Math.max(1, hh / BLOCK);
        int[] cvx = new int[cbx * cby];
        int[] cvy = new int[cbx * cby];
        for (int by = 0; by < cby; by++) {
            for (int bx = 0; bx < cbx; bx++) {
                int[] v = search(a1, b1, hw, hh, bx * BLOCK, by * BLOCK, 0, 0, COARSE_RANGE,
                        offset);
                cvx[by * cbx + bx] = v[0];
                cvy[by * cbx + bx] = v[1];
            }
        }
        int fbx = Math.max(1, w / BLOCK);
        int fby = Math.max(1, h / BLOCK);
        int n = fbx * fby;
        int[] vx = new int[n];
        int[] vy = new int[n];
        long sad = 0;
        long pixels = 0;
        for (int by = 0; by < fby; by++) {
            for (int bx = 0; bx < fbx; bx++) {
                int parent = Math.min(by / 2, cby - 1) * cbx + Math.min(bx / 2, cbx - 1);
                int[] v = search(a0, b0, w, h, bx * BLOCK, by * BLOCK,
                        2 * cvx[parent], 2 * cvy[parent], FINE_RANGE, offset);
                vx[by * fbx + bx] = v[0];
                vy[by * fbx + bx] = v[1];
                sad += v[2];
                pixels += v[3];
            }
        }
        return new BlockFlow(median(vx), median(vy), sad / (255.0 * Math.max(1, pixels)));
    }

    /**
     * Best displacement of the block at (x0, y0) of {@code a} into {@code b}, searched around
     * (gx, gy): {dx, dy, sad, pixels compared}. Ties keep the first candidate in scan order.
     */
    private static int[] search(int[] a, int[] b, int w, int h, int x0, int y0, int gx, int gy,
            int range, int offset) {
        int bw = Math.min(BLOCK, w - x0);
        int bh = Math.min(BLOCK, h - y0);
        int best = Integer.MAX_VALUE;
        int bestCount = 1;
        int[] out = {0, 0, 0, bw * bh};
        for (int dy = gy - range; dy <= gy + range; dy++) {
            if (y0 + dy < 0 || y0 + dy + bh > h) continue;
            for (int dx = gx - range; dx <= gx + range; dx++) {
                if (x0 + dx < 0 || x0 + dx + bw > w) continue;
                int s = 0;
                for (int y = 0; y < bh && s < best; y++) {
                    int ra = (y0 + y) * w + x0;
                    int rb = (y0 + y + dy) * w + x0 + dx;
                    for (int x = 0; x < bw; x++) s += Math.abs(b[rb + x] - a[ra + x] - offset);
                }
                if (s < best) {
                    best = s;
                    out[0] = dx;
                    out[1] = dy;
                }
            }
        }
        if (best == Integer.MAX_VALUE) best = 255 * bestCount * bw * bh; // no candidate fits
        out[2] = best;
        return out;
    }

    /** Luma with its mean moved to 128 and its spread to 48 (integer arithmetic). */
    private static int[] normalized(Thumbnail t) {
        int[] l = t.luma();
        long sum = 0;
        long sq = 0;
        for (int v : l) {
            sum += v;
            sq += (long) v * v;
        }
        int n = l.length;
        long mean = sum / n;
        long var = sq / n - mean * mean;
        long sd = Math.max(4, (long) StrictMath.sqrt((double) Math.max(0, var)));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = (int) (128 + (l[i] - mean) * 48 / sd);
        return out;
    }

    /** 2×2 box average. */
    private static int[] half(int[] src, int w, int h) {
        int hw = w / 2;
        int hh = h / 2;
        int[] out = new int[Math.max(1, hw * hh)];
        for (int y = 0; y < hh; y++) {
            for (int x = 0; x < hw; x++) {
                int i = 2 * y * w + 2 * x;
                out[y * hw + x] = (src[i] + src[i + 1] + src[i + w] + src[i + w + 1] + 2) >> 2;
            }
        }
        return out;
    }

    private static double median(int[] v) {
        int[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2.0;
    }
}
