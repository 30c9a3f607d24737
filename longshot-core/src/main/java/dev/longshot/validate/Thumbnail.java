package dev.longshot.validate;

import dev.longshot.render.Frame;

/**
 * Luma of a frame downscaled to at most {@value #MAX_WIDTH} pixels wide, 0 … 255 per pixel,
 * row-major. Each pixel averages a regular grid of at most 4×4 source samples of its cell:
 * integer arithmetic only, so it is the same on every machine, and cheap (a 720p frame reads
 * 230k of its 921k pixels).
 *
 * @param width  thumbnail width
 * @param height thumbnail height
 * @param luma   (height, width) row-major, 0 … 255
 * @param mean   mean luma, 0 … 1
 */
public record Thumbnail(int width, int height, int[] luma, double mean) {
    public static final int MAX_WIDTH = 160;

    public static Thumbnail of(Frame frame) {
        int w = frame.width();
        int h = frame.height();
        int tw = Math.min(MAX_WIDTH, w);
        int th = Math.max(1, (int) ((long) h * tw / w));
        int[] rgb = frame.rgb();
        int[] out = new int[tw * th];
        long total = 0;
        for (int ty = 0; ty < th; ty++) {
            int y0 = (int) ((long) ty * h / th);
            int y1 = Math.max(y0 + 1, (int) ((long) (ty + 1) * h / th));
            int sy = Math.max(1, (y1 - y0) / 4);
            for (int tx = 0; tx < tw; tx++) {
                int x0 = (int) ((long) tx * w / tw);
                int x1 = Math.max(x0 + 1, (int) ((long) (tx + 1) * w / tw));
                int sx = Math.max(1, (x1 - x0) / 4);
                int sum = 0;
                int n = 0;
                for (int y = y0; y < y1; y += sy) {
                    int row = y * w;
                    for (int x = x0; x < x1; x += sx) {
                        int p = rgb[row + x];
                        // Rec. 709 luma in 8.8 fixed point
                        sum += (54 * (p >> 16 & 255) + 183 * (p >> 8 & 255) + 19 * (p & 255)) >> 8;
                        n++;
                    }
                }
                int l = sum / n;
                out[ty * tw + tx] = l;
                total += l;
            }
        }
        return new Thumbnail(tw, th, out, total / (255.0 * tw * th));
    }
}
