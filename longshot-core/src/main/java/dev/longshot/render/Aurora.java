package dev.longshot.render;

import dev.longshot.world.Lighting;
import dev.longshot.world.ValueNoise;

/**
 * The aurora: curtains of light hanging round the sky, fixed in the world's directions.
 * Along the azimuth, slow value noise folds the curtain (where it is bright, how low its
 * hem hangs) and fine noise draws its vertical rays; up the curtain the light is brightest
 * just over the hem and dies away above it, green low and violet high (the catalog's two
 * colours). The noise drifts with video time at a few degrees a second, so the curtains
 * move slowly and the same way on every run.
 */
final class Aurora {
    private static final ValueNoise FOLDS = new ValueNoise(0x4155524F5241L);
    private static final float STRENGTH = 1.8f;
    private static final double DRIFT = 0.05;     // fold noise units per second
    private static final double RAY_DRIFT = 0.35; // ray noise units per second

    private final float level;
    private final double seconds;
    private final int low, high;

    private Aurora(float level, double seconds) {
        this.level = level;
        this.seconds = seconds;
        this.low = SkyPalette.AURORA[0];
        this.high = SkyPalette.AURORA[SkyPalette.AURORA.length - 1];
    }

    /** The aurora of {@code light} at video time {@code seconds}, or null when none. */
    static Aurora of(Lighting light, double seconds) {
        double level = light.atmosphere().events().aurora();
        return level > 0.002 ? new Aurora((float) level, seconds) : null;
    }

    /** How bright the curtain is along (x, y, z) of length 1 / inv, 0 … 1, and its height. */
    float[] curtain(float x, float y, float z, float inv) {
        float e = y * inv;
        if (e <= 0.02f) return null;
        double azimuth = StrictMath.atan2(x, -z);                 // radians, world-fixed
        double u = azimuth / (2 * StrictMath.PI) * 9;             // 9 fold cells round the sky
        double fold = 0.5 + 0.5 * FOLDS.fractal(u + seconds * DRIFT, 3.5, 2);
        double hem = 0.14 + 0.1 * FOLDS.sample(u * 1.7 - seconds * DRIFT * 0.6, 7.5, 1);
        double above = e - hem;
        if (above < -0.03) return null;
        double rise = above < 0 ? 1 + above / 0.03 : 1;          // soft hem
        // A bright band just over the hem, then a long glow up the rays.
        double fall = 0.8 * StrictMath.exp(-StrictMath.max(0, above) / 0.06)
                + 0.6 * StrictMath.exp(-StrictMath.max(0, above) / 0.4);
        double ray = 0.5 + 0.5 * FOLDS.sample(u * 18 + seconds * RAY_DRIFT, 11.5, 3);
        double bright = StrictMath.max(0, fold * 1.8 - 0.35) * rise * fall
                * (0.3 + 0.7 * ray * ray);
        if (bright <= 0.003) return null;
        float height = (float) StrictMath.min(1, StrictMath.max(0, above) / 0.35);
        return new float[] {(float) StrictMath.min(1, bright), height};
    }

    /** The sky colour (r, g, b) along (x, y, z) of length 1 / inv, with the aurora in it. */
    int over(float r, float g, float b, float x, float y, float z, float inv) {
        float[] c = curtain(x, y, z, inv);
        if (c == null) return Colors.pack(r, g, b);
        int colour = Colors.mix(low, high, (int) (256 * c[1]));
        float a = level * STRENGTH * c[0];
        // Light added to the night sky: it brightens, never darkens.
        return Colors.pack(r + Colors.red(colour) * a, g + Colors.green(colour) * a,
                b + Colors.blue(colour) * a);
    }
}
