package dev.longshot.render;

/** Packed {@code 0xRRGGBB} colours and their channels as floats in 0 … 255. */
final class Colors {
    private Colors() {}

    static float red(int rgb) {
        return (rgb >> 16) & 255;
    }

    static float green(int rgb) {
        return (rgb >> 8) & 255;
    }

    static float blue(int rgb) {
        return rgb & 255;
    }

    /** Packs channels in 0 … 255 (clamped; fractions truncated). */
    static int pack(float r, float g, float b) {
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    static int clamp(float v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) v;
    }

    /** (a × (256 − t) + b × t) / 256 per channel, rounded down; t in 0 … 256. */
    static int mix(int a, int b, int t) {
        int rb = ((a & 0xFF00FF) * (256 - t) + (b & 0xFF00FF) * t) >>> 8 & 0xFF00FF;
        int g = ((a & 0x00FF00) * (256 - t) + (b & 0x00FF00) * t) >>> 8 & 0x00FF00;
        return rb | g;
    }
}
