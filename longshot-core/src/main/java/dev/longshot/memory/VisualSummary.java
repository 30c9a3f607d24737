package dev.longshot.memory;

/**
 * (VIS) what the previous second looked like, measured on its last frame over a fixed 64×36
 * grid of samples (so the numbers do not depend on the output resolution): RGB mean and
 * standard deviation, luminance mean and spread, edge density, and the mean RGB of the four
 * quadrants plus the top (sky) and bottom (ground) halves' luminance. All in [0, 1].
 * It takes plain packed pixels, not a render frame, so the memory depends on no renderer.
 */
public final class VisualSummary {
    public static final int SIZE = 3 + 3 + 2 + 1 + 12 + 2;
    private static final int GW = 64;
    private static final int GH = 36;

    private VisualSummary() {}

    /** Zeros: no frame was seen (first second, or planning without rendering). */
    public static float[] absent() {
        return new float[SIZE];
    }

    /**
     * The summary of one picture.
     *
     * @param rgb    packed {@code 0xRRGGBB} pixels, row by row
     * @param width  pixels per row
     * @param height rows
     */
    public static float[] of(int[] rgb, int width, int height) {
        if (width < 1 || height < 1 || rgb.length < width * height) {
            throw new IllegalArgumentException(
                    "pixels " + rgb.length + " < " + width + "×" + height);
        }
        double[] lum = new double[GW * GH];
        double[] sum = new double[3];
        double[] sq = new double[3];
        double[] quad = new double[12];
        double top = 0;
        double bottom = 0;
        for (int gy = 0; gy < GH; gy++) {
            int y = (int) ((gy + 0.5) * height / GH);
            for (int gx = 0; gx < GW; gx++) {
                int x = (int) ((gx + 0.5) * width / GW);
                int px = rgb[y * width + x];
                double[] c = {(px >> 16 & 255) / 255.0, (px >> 8 & 255) / 255.0, (px & 255) / 255.0};
                int q = (gy < GH / 2 ? 0 : 2) + (gx < GW / 2 ? 0 : 1);
                for (int k = 0; k < 3; k++) {
                    sum[k] += c[k];
                    sq[k] += c[k] * c[k];
                    quad[q * 3 + k] += c[k];
                }
                double l = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
                lum[gy * GW + gx] = l;
                if (gy < GH / 2) top += l; else bottom += l;
            }
        }
        int n = GW * GH;
        float[] v = new float[SIZE];
        int o = 0;
        for (int k = 0; k < 3; k++) v[o++] = (float) (sum[k] / n);
        for (int k = 0; k < 3; k++) {
            double m = sum[k] / n;
            v[o++] = (float) Math.sqrt(Math.max(0, sq[k] / n - m * m));
        }
        double lm = 0;
        double lsq = 0;
        for (double l : lum) {
            lm += l;
            lsq += l * l;
        }
        lm /= n;
        v[o++] = (float) lm;
        v[o++] = (float) Math.sqrt(Math.max(0, lsq / n - lm * lm));
        // Edge density: share of neighbouring samples whose luminance differs by > 0.1.
        int edges = 0;
        for (int gy = 0; gy < GH - 1; gy++) {
            for (int gx = 0; gx < GW - 1; gx++) {
                double l = lum[gy * GW + gx];
                if (Math.abs(l - lum[gy * GW + gx + 1]) > 0.1
                        || Math.abs(l - lum[(gy + 1) * GW + gx]) > 0.1) edges++;
            }
        }
        v[o++] = (float) edges / ((GW - 1) * (GH - 1));
        for (int k = 0; k < 12; k++) v[o++] = (float) (quad[k] / (n / 4.0));
        v[o++] = (float) (top / (n / 2.0));
        v[o++] = (float) (bottom / (n / 2.0));
        return v;
    }
}
