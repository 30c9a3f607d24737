package dev.longshot.render;

import dev.longshot.world.Lighting;
import dev.longshot.world.Terrain;

/**
 * Per-pixel shading of the water plane, from the view ray alone: the ray meets the plane
 * y = level at a world point; travelling waves there (shaped by the body's {@link WaterStyle}:
 * swell, ripples, or streaks running with the current) tilt the normal; the colour mixes the
 * water's own colour with the sky seen in the reflected ray by a Schlick Fresnel term (so the
 * horizon colour at grazing angles, sun glints where the reflection meets the sun), breaks
 * into foam where the water shoals, then fogs by the distance. Waves fade with distance so
 * that they do not alias. Deterministic in (time, ray).
 */
final class WaterShader {
    private final SkyShader sky;
    private final Fog fog;
    private final WaterStyle style;
    private final WaterDepth depth;
    private final float eyeX, eyeZ, height; // eye height above the water
    private final float dr, dg, db;         // lit water colour
    private final float foam;               // lit foam grey level
    private final float fr, fg, fb;
    private final float phase1, phase2, phase3, phaseFoam; // from time, wrapped to [0, 1)

    WaterShader(Projection proj, Lighting light, SkyShader sky, Fog fog, Terrain terrain,
                double seconds) {
        this(proj, light, sky, fog, WaterStyle.of(terrain.water(), terrain.setting()),
                terrain.waterLevel(), seconds, terrain);
    }

    /** Water of no particular body (plain waves, no foam) at {@code level}. */
    WaterShader(Projection proj, Lighting light, SkyShader sky, Fog fog, double level,
                double seconds) {
        this(proj, light, sky, fog, WaterStyle.of(dev.longshot.plan.Water.NONE,
                dev.longshot.plan.Setting.FOREST), level, seconds, null);
    }

    private WaterShader(Projection proj, Lighting light, SkyShader sky, Fog fog,
                        WaterStyle style, double level, double seconds, Terrain terrain) {
        this.sky = sky;
        this.fog = fog;
        this.style = style;
        this.depth = style.foamDepth() > 0 && terrain != null ? WaterDepth.of(terrain) : null;
        this.eyeX = (float) proj.eyeX;
        this.eyeZ = (float) proj.eyeZ;
        this.height = (float) Math.max(0.05, StrictMath.abs(proj.eyeY - level));
        float sunY = (float) Math.max(0, light.toSun().normalized().y());
        float k = (float) (light.ambient() + Math.max(0, light.sunIntensity()) * sunY * 0.7);
        int deep = style.deep();
        dr = Colors.red(deep) * k; dg = Colors.green(deep) * k; db = Colors.blue(deep) * k;
        foam = Math.min(255, 225 * k * 1.1f);
        fr = Colors.red(light.fogColor()); fg = Colors.green(light.fogColor());
        fb = Colors.blue(light.fogColor());
        double v = style.speed();
        phase1 = wrap(seconds * v);
        phase2 = wrap(seconds * v * 0.74);
        phase3 = wrap(seconds * v * 2.7);
        phaseFoam = wrap(seconds * 0.22);
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

        // Waves in the frame of the flow: a along it, c across; long along, short across.
        float fx = style.flowX(), fz = style.flowZ(), k = style.scale();
        float a = (wx * fx + wz * fz) * k / style.stretch(), c = (wz * fx - wx * fz) * k;
        float amp = style.amp() / (1 + dist * (1 / 35f));
        float w1 = wave(a * 0.13f + c * 0.05f - phase1);
        float w2 = wave(c * 0.11f - a * 0.07f - phase2);
        float w3 = wave(a * 0.37f - c * 0.29f - phase3);
        float na = amp * (0.7f * w1 + 0.3f * w3), nc = amp * (0.7f * w2 - 0.3f * w3);
        float nx = na * fx - nc * fz, nz = na * fz + nc * fx;
        float q = nx * nx + nz * nz;        // n·n = 1 + q, q ≤ 0.03

        // Reflect the ray about the normal (length is kept) and look up the sky there.
        float dn = x * nx - down + z * nz;  // d·n with d.y = -down
        float s = 2 * dn / (1 + q);
        int refl = sky.shade(x - s * nx, -down - s, z - s * nz, inv);

        // Fresnel (Schlick, F0 = 0.02) from the cosine between ray and normal;
        // 1/|n| ≈ 1 - q/2 is plenty for small q.
        float cos = Math.min(1, -dn * inv * (1 - 0.5f * q));
        float u = Math.max(1e-4f, 1 - cos); // no subnormals in u^5
        float u2 = u * u;
        float f = 0.02f + 0.98f * u2 * u2 * u;
        float r = dr + (Colors.red(refl) - dr) * f;
        float g = dg + (Colors.green(refl) - dg) * f;
        float b = db + (Colors.blue(refl) - db) * f;

        if (depth != null) {
            float white = foam(wx, wz, w1);
            r += (this.foam - r) * white;
            g += (this.foam - g) * white;
            b += (this.foam - b) * white;
        }
        float haze = fog.amount(dist);
        return Colors.pack(r + (fr - r) * haze, g + (fg - g) * haze, b + (fb - b) * haze);
    }

    /** Foam cover in [0, 1]: bands that run in towards the shore as the water shoals. */
    private float foam(float wx, float wz, float ripple) {
        float d = depth.at(wx, wz);
        float limit = style.foamDepth();
        if (d >= limit) return 0;
        float shoal = 1 - Math.max(0, d) / limit;
        float band = wave(d * 1.6f + phaseFoam + 0.15f * ripple);
        return Math.min(1, shoal * shoal * (0.55f + 0.45f * band) * 1.3f);
    }
}
