package dev.longshot.render;

import dev.longshot.world.Atmosphere;
import dev.longshot.world.Lighting;
import dev.longshot.world.ValueNoise;
import dev.longshot.world.Vec3;

/**
 * A cloud deck {@value #HEIGHT} m above the eye, drifting with a steady wind. Its density
 * is one bilinear lookup in a tileable fractal noise table built once; the share of sky it
 * covers is exact by construction: the threshold is the table's own quantile of
 * {@code 1 - cover}. Clouds are lit by the sun (or the set sun's glow, or the moon) with a
 * bright rim towards it, darker where thick, and fade out towards the horizon and into haze.
 */
final class CloudLayer {
    private static final int SIZE = 512;             // table side, a power of two
    private static final float[] TABLE = build();     // (SIZE, SIZE) 0 … 1
    private static final float[] SORTED = sorted();
    private static final float HEIGHT = 1500;
    private static final double METRES_PER_CELL = 25;
    private static final double WIND_X = 7, WIND_Z = 2.5; // m/s
    /** Sine of the lowest elevation that shows clouds; fully shown from {@link #FULL_E}. */
    static final float MIN_E = 0.03f;
    private static final float FULL_E = 0.16f;
    /** Soft edge of a cloud, in noise units. */
    private static final float EDGE = 0.07f;

    private final float offU, offV;   // plane origin in cells, wrapped into [0, SIZE)
    private final float lo;           // density threshold
    private final float haze;
    private final float sunX, sunY, sunZ;
    private final float ar, ag, ab;   // sky-lit (shadow side) colour
    private final float lr, lg, lb;   // sun-lit addition

    CloudLayer(Lighting light, Vec3 eye, double seconds, float haze) {
        Atmosphere air = light.atmosphere();
        double cells = SIZE;
        double u = (eye.x() + WIND_X * seconds) / METRES_PER_CELL;
        double v = (eye.z() + WIND_Z * seconds) / METRES_PER_CELL;
        offU = (float) (u - StrictMath.floor(u / cells) * cells);
        offV = (float) (v - StrictMath.floor(v / cells) * cells);
        lo = quantile(1 - air.clouds()) - EDGE / 2;
        this.haze = haze;
        Vec3 s = light.toSun().normalized();
        sunX = (float) s.x(); sunY = (float) s.y(); sunZ = (float) s.z();
        int h = light.skyHorizon();
        int z = light.skyZenith();
        ar = 0.55f * Colors.red(h) + 0.25f * Colors.red(z) + 18;
        ag = 0.55f * Colors.green(h) + 0.25f * Colors.green(z) + 18;
        ab = 0.55f * Colors.blue(h) + 0.25f * Colors.blue(z) + 20;
        float i = (float) Math.max(0, Math.min(1, light.sunIntensity())) * 0.75f;
        lr = Colors.red(light.sunColor()) * i;
        lg = Colors.green(light.sunColor()) * i;
        lb = Colors.blue(light.sunColor()) * i;
    }

    /** True when the atmosphere has clouds to draw. */
    static boolean present(Lighting light) {
        return light.atmosphere().clouds() > 0;
    }

    /** Cloud opacity 0 … 1 along (x, y, z), whose length is 1 / {@code inv}. */
    float alpha(float x, float y, float z, float inv) {
        float e = y * inv;
        if (e <= MIN_E) return 0;
        float density = density(x, y, z);
        if (density <= 0) return 0;
        float f = Math.min(1, (e - MIN_E) / (FULL_E - MIN_E));
        float u = 1 - e, u2 = u * u, u4 = u2 * u2;
        return density * f * f * (3 - 2 * f) * (1 - u4 * u4 * haze);
    }

    /** The sky colour (r, g, b) with the clouds along (x, y, z) over it, packed. */
    int over(float r, float g, float b, float x, float y, float z, float inv) {
        float a = alpha(x, y, z, inv);
        if (a <= 0) return Colors.pack(r, g, b);
        // Thick cores are darker; the side towards the light gets a bright rim.
        float c = (x * sunX + y * sunY + z * sunZ) * inv;
        float toward = c > 0 ? c * c * c * c : 0;
        float lit = (0.55f + 0.9f * toward) * (1.15f - 0.5f * a);
        float cr = ar + lr * lit, cg = ag + lg * lit, cb = ab + lb * lit;
        return Colors.pack(r + (cr - r) * a, g + (cg - g) * a, b + (cb - b) * a);
    }

    // Density 0 … 1 where the ray meets the deck (y > 0).
    private float density(float x, float y, float z) {
        float k = (float) (HEIGHT / METRES_PER_CELL) / y;
        float u = offU + x * k + 8 * SIZE; // positive for any ray above MIN_E
        float v = offV + z * k + 8 * SIZE;
        int iu = (int) u, iv = (int) v;
        float tu = u - iu, tv = v - iv;
        int m = SIZE - 1;
        int u0 = iu & m, u1 = (iu + 1) & m, v0 = (iv & m) * SIZE, v1 = ((iv + 1) & m) * SIZE;
        float top = TABLE[v0 + u0] + (TABLE[v0 + u1] - TABLE[v0 + u0]) * tu;
        float bottom = TABLE[v1 + u0] + (TABLE[v1 + u1] - TABLE[v1 + u0]) * tu;
        float n = top + (bottom - top) * tv;
        float d = (n - lo) / EDGE;
        if (d <= 0) return 0;
        return d >= 1 ? 1 : d * d * (3 - 2 * d);
    }

    /** The noise value exceeded by a share {@code 1 - q} of the table. */
    static float quantile(double q) {
        if (q <= 0) return SORTED[0] - 1;
        int i = (int) StrictMath.min(SORTED.length - 1, StrictMath.floor(q * SORTED.length));
        return SORTED[i];
    }

    // Value noise with octaves of period 128 … 4 cells: tileable on the SIZE square.
    private static float[] build() {
        float[] t = new float[SIZE * SIZE];
        float amplitude = 1;
        float norm = 0;
        for (int period = 128, layer = 0; period >= 4; period /= 2, layer++) {
            int knots = SIZE / period;
            for (int j = 0; j < SIZE; j++) {
                int kj = j / period;
                float fj = smooth((j % period) / (float) period);
                for (int i = 0; i < SIZE; i++) {
                    int ki = i / period;
                    float fi = smooth((i % period) / (float) period);
                    float a = knot(layer, ki, kj, knots), b = knot(layer, ki + 1, kj, knots);
                    float c = knot(layer, ki, kj + 1, knots);
                    float d = knot(layer, ki + 1, kj + 1, knots);
                    float top = a + (b - a) * fi;
                    float bottom = c + (d - c) * fi;
                    t[j * SIZE + i] += amplitude * (top + (bottom - top) * fj);
                }
            }
            norm += amplitude;
            amplitude *= 0.55f;
        }
        for (int i = 0; i < t.length; i++) t[i] /= norm;
        return t;
    }

    private static float knot(int layer, int i, int j, int knots) {
        long h = ValueNoise.mix(0x434C4F5544L + layer * 0x9E3779B97F4A7C15L
                + (long) (i % knots) * 0x632BE59BD9B4E019L + (j % knots));
        return (float) ValueNoise.unit(h);
    }

    private static float smooth(float t) {
        return t * t * (3 - 2 * t);
    }

    private static float[] sorted() {
        float[] s = TABLE.clone();
        java.util.Arrays.sort(s);
        return s;
    }
}
