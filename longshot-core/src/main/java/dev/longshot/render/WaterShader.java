package dev.longshot.render;

import dev.longshot.world.Lighting;

/**
 * Per-pixel shading of the water plane, from the view ray alone: the ray meets the plane
 * y = level at a world point; small travelling waves there tilt the normal; the colour mixes
 * a deep blue-green with the sky seen in the reflected ray by a Schlick-like Fresnel term
 * (so the horizon colour at grazing angles, sun glints where the reflection meets the sun),
 * then fogs by the distance. Waves fade with distance so that they do not alias.
 */
final class WaterShader {
    private static final int DEEP = 0x0F3C42;

    private final SkyShader sky;
    private final Fog fog;
    private final float eyeX, eyeZ, height; // eye height above the water
    private final float dr, dg, db;         // lit deep colour
    private final float fr, fg, fb;
    private final float phase1, phase2, phase3; // wave phases from time, wrapped to [0, 1)

    WaterShader(Projection proj, Lighting light, SkyShader sky, Fog fog, double level,
                double seconds) {
        this.sky = sky;
        this.fog = fog;
        this.eyeX = (float) proj.eyeX;
        this.eyeZ = (float) proj.eyeZ;
        this.height = (float) Math.max(0.05, StrictMath.abs(proj.eyeY - level));
        float sunY = (float) Math.max(0, light.toSun().normalized().y());
        float k = (float) (light.ambient() + Math.max(0, light.sunIntensity()) * sunY * 0.7);
        dr = Colors.red(DEEP) * k; dg = Colors.green(DEEP) * k; db = Colors.blue(DEEP) * k;
        fr = Colors.red(light.fogColor()); fg = Colors.green(light.fogColor());
        fb = Colors.blue(light.fogColor());
        phase1 = wrap(seconds * 0.31);
        phase2 = wrap(seconds * 0.23);
        phase3 = wrap(seconds * 0.83);
    }

    private static float wrap(double u) {
        return (float) (u - StrictMath.floor(u));
    }

    /** Smooth periodic wave of period 1 in [-1, 1] (a sine-like pair of parabolas). */
    private static float wave(float u) {
        float x = 2 * (u - (float) Math.floor(u)) - 1;
        return 4 * x * (1 - Math.abs(x));
    }

    /** Colour of the water seen along (x, y, z), a ray that hits the plane. */
    int shade(float x, float y, float z) {
        float len = (float) StrictMath.sqrt(x * x + y * y + z * z);
        float inv = 1 / len;
        float down = Math.max(-y, 1e-4f * len);
        float t = height / down;            // ray parameter at the plane
        float wx = eyeX + x * t;
        float wz = eyeZ + z * t;
        float dist = t * len;

        // Travelling waves tilt the normal (nx, 1, nz).
        float amp = 0.10f / (1 + dist * (1 / 35f));
        float w1 = wave(wx * 0.13f + wz * 0.05f - phase1);
        float w2 = wave(wz * 0.11f - wx * 0.07f - phase2);
        float w3 = wave(wx * 0.37f - wz * 0.29f - phase3);
        float nx = amp * (0.7f * w1 + 0.3f * w3);
        float nz = amp * (0.7f * w2 - 0.3f * w3);
        float q = nx * nx + nz * nz;        // n·n = 1 + q, q ≤ 0.02

        // Reflect the ray about the normal (length is kept) and look up the sky there.
        float dn = x * nx - down + z * nz;  // d·n with d.y = -down
        float s = 2 * dn / (1 + q);
        int refl = sky.shade(x - s * nx, -down - s, z - s * nz, inv);

        // Fresnel (Schlick, F0 = 0.02) from the cosine between ray and normal;
        // 1/|n| ≈ 1 - q/2 is plenty for q ≤ 0.02.
        float cos = Math.min(1, -dn * inv * (1 - 0.5f * q));
        float u = Math.max(1e-4f, 1 - cos); // no subnormals in u^5
        float u2 = u * u;
        float f = 0.02f + 0.98f * u2 * u2 * u;
        float r = dr + (Colors.red(refl) - dr) * f;
        float g = dg + (Colors.green(refl) - dg) * f;
        float b = db + (Colors.blue(refl) - db) * f;

        float haze = fog.amount(dist);
        return Colors.pack(r + (fr - r) * haze, g + (fg - g) * haze, b + (fb - b) * haze);
    }
}
