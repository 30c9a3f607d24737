package dev.longshot.media.provenance.watermark;

import dev.longshot.render.Frame;
import dev.longshot.world.Timecode;

/**
 * Realistic test pictures: a sky gradient, a static value-noise "landscape" in the lower half,
 * a slowly panning textured band and a moving disc. Deterministic.
 */
public final class TexturedFrames {
    private TexturedFrames() {}

    public static Frame frame(int width, int height, long index, int fps) {
        int[] rgb = new int[width * height];
        double pan = index * 1.5;
        double discX = width * (0.2 + 0.6 * ((index % (fps * 8)) / (fps * 8.0)));
        for (int y = 0; y < height; y++) {
            double v = (double) y / height;
            for (int x = 0; x < width; x++) {
                double u = (double) x / width;
                double r;
                double g;
                double b;
                if (v < 0.45) { // sky gradient with a faint moving cloud texture
                    double cloud = noise((x + pan) / (width / 6.0), y / (height / 6.0), 3);
                    r = 90 + 80 * v + 40 * cloud;
                    g = 140 + 60 * v + 40 * cloud;
                    b = 220 - 30 * v + 20 * cloud;
                } else { // static landscape texture plus a panning band of detail
                    double n = noise(x / (width / 24.0), y / (height / 24.0), 4);
                    double band = v > 0.7 ? noise((x + 3 * pan) / 9.0, y / 9.0, 2) : 0;
                    r = 60 + 90 * n + 50 * band;
                    g = 90 + 100 * n + 40 * band;
                    b = 40 + 50 * n + 30 * u;
                }
                double dx = x - discX;
                double dy = y - height * 0.6;
                if (dx * dx + dy * dy < (height / 10.0) * (height / 10.0)) {
                    r = 230;
                    g = 200;
                    b = 60;
                }
                rgb[y * width + x] = c(r) << 16 | c(g) << 8 | c(b);
            }
        }
        return new Frame(width, height, rgb, new Timecode(index, fps));
    }

    private static int c(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** Fractal value noise in 0 … 1. */
    static double noise(double x, double y, int octaves) {
        double sum = 0;
        double amp = 0.5;
        double norm = 0;
        for (int o = 0; o < octaves; o++) {
            sum += amp * value(x, y, o);
            norm += amp;
            x *= 2;
            y *= 2;
            amp *= 0.5;
        }
        return sum / norm;
    }

    private static double value(double x, double y, int salt) {
        int xi = (int) Math.floor(x);
        int yi = (int) Math.floor(y);
        double fx = x - xi;
        double fy = y - yi;
        fx = fx * fx * (3 - 2 * fx);
        fy = fy * fy * (3 - 2 * fy);
        double a = hash(xi, yi, salt);
        double b = hash(xi + 1, yi, salt);
        double c = hash(xi, yi + 1, salt);
        double d = hash(xi + 1, yi + 1, salt);
        return a + (b - a) * fx + (c - a) * fy + (a - b - c + d) * fx * fy;
    }

    private static double hash(int x, int y, int salt) {
        long h = x * 0x9E3779B97F4A7C15L ^ y * 0xC2B2AE3D27D4EB4FL ^ salt * 0x165667B19E3779F9L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return (h >>> 11) * 0x1.0p-53;
    }
}
