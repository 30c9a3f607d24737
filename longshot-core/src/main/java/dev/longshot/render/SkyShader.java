package dev.longshot.render;

import dev.longshot.world.Lighting;
import dev.longshot.world.Vec3;

/**
 * The sky behind everything: a gradient from the horizon colour to the zenith colour by the
 * view ray's elevation, haze towards the fog colour near and below the horizon, and a sun disc
 * with a soft glow while the sun is above the horizon. Per-frame constants, per-pixel floats.
 */
final class SkyShader {
    /** Cosine of the sun disc's angular radius (about 1.2°, larger than life for video). */
    private static final float COS_DISC = (float) StrictMath.cos(StrictMath.toRadians(1.2));

    private final float zr, zg, zb;     // zenith
    private final float hr, hg, hb;     // horizon
    private final float fr, fg, fb;     // fog
    private final float haze;           // 0 … 1 share of fog colour at the horizon
    private final float sunX, sunY, sunZ;
    private final boolean sunUp;
    private final float sr, sg, sb;     // sun colour × intensity

    SkyShader(Lighting light) {
        zr = Colors.red(light.skyZenith()); zg = Colors.green(light.skyZenith());
        zb = Colors.blue(light.skyZenith());
        hr = Colors.red(light.skyHorizon()); hg = Colors.green(light.skyHorizon());
        hb = Colors.blue(light.skyHorizon());
        fr = Colors.red(light.fogColor()); fg = Colors.green(light.fogColor());
        fb = Colors.blue(light.fogColor());
        haze = (float) (1 - StrictMath.exp(-Math.max(0, light.fogDensity()) * 1500));
        Vec3 s = light.toSun().normalized();
        sunX = (float) s.x(); sunY = (float) s.y(); sunZ = (float) s.z();
        sunUp = s.y() > -0.02;
        float i = (float) Math.max(0, Math.min(1, light.sunIntensity()));
        sr = Colors.red(light.sunColor()) * i; sg = Colors.green(light.sunColor()) * i;
        sb = Colors.blue(light.sunColor()) * i;
    }

    /** Sky colour seen along the (not necessarily unit) direction (x, y, z). */
    int shade(float x, float y, float z) {
        return shade(x, y, z, 1 / (float) StrictMath.sqrt(x * x + y * y + z * z));
    }

    /** Sky colour along (x, y, z) whose length is 1 / {@code inv}. */
    int shade(float x, float y, float z, float inv) {
        float e = y * inv; // sine of the elevation
        float r, g, b;
        if (e <= 0) {
            r = hr + (fr - hr) * haze; g = hg + (fg - hg) * haze; b = hb + (fb - hb) * haze;
        } else {
            // Gradient: fast change near the horizon, then the zenith colour.
            float u = 1 - e;
            float t = 1 - u * u;
            r = hr + (zr - hr) * t; g = hg + (zg - hg) * t; b = hb + (zb - hb) * t;
            // Haze band: (1 - e)^8 of the fog share.
            float u2 = u * u;
            float u4 = u2 * u2;
            float h = u4 * u4 * haze;
            r += (fr - r) * h; g += (fg - g) * h; b += (fb - b) * h;
        }
        if (sunUp) {
            float c = (x * sunX + y * sunY + z * sunZ) * inv;
            if (c > COS_DISC) {
                // The disc outshines its glow: sky plus three times the sunlight.
                return Colors.pack(r + 3 * sr, g + 3 * sg, b + 3 * sb);
            }
            // Soft glow: a wide c^16 halo and a tight c^256 corona. The thresholds skip
            // terms below 1e-3 of a level, and keep the powers away from subnormal floats,
            // which are a hundred times slower.
            if (c > 0.6f) {
                float c2 = c * c, c4 = c2 * c2, c8 = c4 * c4, c16 = c8 * c8;
                float glow = 0.18f * c16;
                if (c > 0.95f) {
                    float c32 = c16 * c16, c64 = c32 * c32, c128 = c64 * c64;
                    glow += 0.4f * c128 * c128;
                }
                r += sr * glow; g += sg * glow; b += sb * glow;
            }
        }
        return Colors.pack(r, g, b);
    }
}
