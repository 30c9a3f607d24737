package dev.longshot.media.provenance.watermark;

import dev.longshot.render.Frame;

/**
 * A luma picture as floats, row-major: {@code (h, w)}. The detector's working copy of a frame.
 *
 * @param width  pixels per row
 * @param height rows
 * @param y      luma 0 … 255 (BT.601 weights, as the embedder uses)
 */
record LumaImage(int width, int height, float[] y) {

    /** The largest box factor that keeps a frame at least 512 pixels wide (1 below that). */
    static int boxFactor(int frameWidth) {
        return Math.max(1, frameWidth / 512);
    }

    /** Luma of {@code frame}, averaged over {@code k×k} boxes (cheap anti-aliasing). */
    static LumaImage of(Frame frame, int k) {
        int w = frame.width() / k;
        int h = frame.height() / k;
        float[] out = new float[w * h];
        int[] rgb = frame.rgb();
        float norm = 1f / (k * k * 256);
        if (k == 1) {
            // the common case (frames 512 … 1023 wide), in a loop the JIT can vectorise
            for (int i = 0; i < out.length; i++) {
                int p = rgb[i];
                out[i] = (77 * (p >>> 16 & 0xFF) + 150 * (p >>> 8 & 0xFF) + 29 * (p & 0xFF)) * norm;
            }
            return new LumaImage(w, h, out);
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sum = 0;
                for (int dy = 0; dy < k; dy++) {
                    int base = (y * k + dy) * frame.width() + x * k;
                    for (int dx = 0; dx < k; dx++) {
                        int p = rgb[base + dx];
                        sum += 77 * (p >>> 16 & 0xFF) + 150 * (p >>> 8 & 0xFF) + 29 * (p & 0xFF);
                    }
                }
                out[y * w + x] = sum * norm;
            }
        }
        return new LumaImage(w, h, out);
    }

    /**
     * Resamples this picture, bilinearly, to {@code (outW, outH)} pixels covering all of it
     * (pixel centres mapped onto pixel centres).
     */
    LumaImage resize(int outW, int outH) {
        float[] out = new float[outW * outH];
        double sx = (double) width / outW;
        double sy = (double) height / outH;
        int[] x0 = new int[outW];
        float[] fx = new float[outW];
        for (int i = 0; i < outW; i++) {
            double u = Math.max(0, Math.min(width - 1.0001, (i + 0.5) * sx - 0.5));
            x0[i] = (int) u;
            fx[i] = (float) (u - x0[i]);
        }
        for (int j = 0; j < outH; j++) {
            double v = Math.max(0, Math.min(height - 1.0001, (j + 0.5) * sy - 0.5));
            int y0 = (int) v;
            float fy = (float) (v - y0);
            int r0 = y0 * width;
            int r1 = Math.min(y0 + 1, height - 1) * width;
            for (int i = 0; i < outW; i++) {
                int a = x0[i];
                int b = Math.min(a + 1, width - 1);
                float top = y[r0 + a] + fx[i] * (y[r0 + b] - y[r0 + a]);
                float bot = y[r1 + a] + fx[i] * (y[r1 + b] - y[r1 + a]);
                out[j * outW + i] = top + fy * (bot - top);
            }
        }
        return new LumaImage(outW, outH, out);
    }

    /** This picture flipped left to right: what a mirrored re-upload shows. */
    LumaImage mirrored() {
        float[] out = new float[y.length];
        for (int j = 0; j < height; j++) {
            int row = j * width;
            for (int i = 0; i < width; i++) out[row + i] = y[row + width - 1 - i];
        }
        return new LumaImage(width, height, out);
    }

    /**
     * This picture turned by {@code degrees} (counter-clockwise as shown, y down) about its
     * centre, same size, sampled bilinearly; outside the picture, the nearest edge pixel.
     */
    LumaImage rotated(double degrees) {
        if (degrees == 0) return this;
        double a = StrictMath.toRadians(degrees);
        double cos = StrictMath.cos(a);
        double sin = StrictMath.sin(a);
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        float[] out = new float[y.length];
        for (int j = 0; j < height; j++) {
            double dy = j - cy;
            for (int i = 0; i < width; i++) {
                double dx = i - cx;
                // inverse map: where in this picture the output pixel comes from
                double u = Math.max(0, Math.min(width - 1.0001, cx + cos * dx - sin * dy));
                double v = Math.max(0, Math.min(height - 1.0001, cy + sin * dx + cos * dy));
                int x0 = (int) u;
                int y0 = (int) v;
                float fx = (float) (u - x0);
                float fy = (float) (v - y0);
                int r0 = y0 * width + x0;
                int r1 = r0 + width;
                float top = y[r0] + fx * (y[r0 + 1] - y[r0]);
                float bot = y[r1] + fx * (y[r1 + 1] - y[r1]);
                out[j * width + i] = top + fy * (bot - top);
            }
        }
        return new LumaImage(width, height, out);
    }
}
