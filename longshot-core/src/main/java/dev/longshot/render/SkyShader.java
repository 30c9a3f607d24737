package dev.longshot.render;

import dev.longshot.world.Atmosphere;
import dev.longshot.world.Lighting;
import dev.longshot.world.Vec3;

/**
 * The sky behind everything: a gradient from the horizon colour to the zenith colour by the
 * view ray's elevation, haze towards the fog colour near and below the horizon, a twilight
 * glow on the sun's side of the horizon around sunrise and sunset, a sun disc with a soft glow
 * while the sun is above the horizon, the moon at night, an {@link Aurora} when the
 * plan asks for one, the {@link CloudLayer} over it all, and a {@link Rainbow} in the rain
 * in front of the clouds. Stars
 * and fireworks are not here: they are crisp points, drawn per pixel by {@link SkyOverlay}.
 * Per-frame constants, per-pixel floats.
 */
final class SkyShader {
    /** Cosine of the sun disc's angular radius (about 1.2°, larger than life for video). */
    private static final float COS_DISC = (float) StrictMath.cos(StrictMath.toRadians(1.2));
    /**
     * The moon: a disc of {@link #MOON_DEG} radius with a slightly darker rim, and a faint
     * halo — large, as a long lens shows a rising moon, so a line that names it sees it.
     */
    private static final double MOON_DEG = 2.1;
    private static final float COS_MOON = (float) StrictMath.cos(StrictMath.toRadians(MOON_DEG));
    private static final float COS_MOON_CORE =
            (float) StrictMath.cos(StrictMath.toRadians(MOON_DEG * 0.78));
    private static final float MOON_R = 236, MOON_G = 238, MOON_B = 228;
    /** Rain (of the weather's 0 … 1) at which the rain clouds hide the moon wholly. */
    private static final double RAIN_HIDES_MOON = 0.3;
    private static final float GLOW_R = 255, GLOW_G = 132, GLOW_B = 64;

    private final float zr, zg, zb;     // zenith
    private final float hr, hg, hb;     // horizon
    private final float fr, fg, fb;     // fog
    private final float haze;           // 0 … 1 share of fog colour at the horizon
    private final float sunX, sunY, sunZ;
    private final boolean sunUp;
    private final float sr, sg, sb;     // sun colour × intensity
    private final float twilight;       // 0 … 1 strength of the glow on the sun's side
    private final float shx, shz;       // unit horizontal direction of the sun
    private final float moonX, moonY, moonZ;
    private final float moon;           // 0 … 1 how much the moon shows
    private final CloudLayer clouds;    // null: a clear sky
    private final Rainbow rainbow;      // null: none
    private final Aurora aurora;        // null: none

    /** The sky of {@code light} without clouds (they need the eye and the time). */
    SkyShader(Lighting light) {
        this(light, null, 0);
    }

    /** The sky of {@code light} seen from {@code eye} at video time {@code seconds}. */
    SkyShader(Lighting light, Vec3 eye, double seconds) {
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
        // Glow peaks with the sun just under the horizon, gone 12° either side; clouds hide it.
        double tw = 1 - StrictMath.abs(s.y() + 0.03) / 0.2;
        twilight = tw <= 0 ? 0
                : (float) (tw * tw * (1 - 0.85 * light.atmosphere().clouds()));
        double flat = StrictMath.sqrt(s.x() * s.x() + s.z() * s.z());
        shx = flat > 0 ? (float) (s.x() / flat) : 1;
        shz = flat > 0 ? (float) (s.z() / flat) : 0;
        Atmosphere air = light.atmosphere();
        Vec3 m = air.toMoon().normalized();
        moonX = (float) m.x(); moonY = (float) m.y(); moonZ = (float) m.z();
        // Rain falls from clouds that close over the moon: gone by a light rain's share.
        double rainClouds = 1 - StrictMath.min(1, air.rain() / RAIN_HIDES_MOON);
        moon = m.y() > -0.03 ? (float) (air.night() * (1 - 0.9 * air.clouds() * air.clouds())
                * rainClouds) : 0;
        clouds = eye != null && CloudLayer.present(light)
                ? new CloudLayer(light, eye, seconds, haze) : null;
        rainbow = Rainbow.of(light);
        aurora = Aurora.of(light, seconds);
    }

    /**
     * Whether the moon's disc, bright enough to make out (over half its full light), lies
     * along the direction (x, y, z): the entity-id buffer counts those sky pixels as the moon.
     */
    boolean onMoon(float x, float y, float z) {
        if (moon < 0.5f) return false;
        float inv = 1 / (float) StrictMath.sqrt(x * x + y * y + z * z);
        return (x * moonX + y * moonY + z * moonZ) * inv > COS_MOON;
    }

    /**
     * The screen box {x0, y0, x1, y1} (pixels, inclusive) that holds the moon's disc as
     * {@code proj} sees it, a little generous; null when it does not show or is behind.
     */
    int[] moonBox(Projection proj) {
        if (moon < 0.5f) return null;
        double far = 1000;
        double px = proj.eyeX + moonX * far, py = proj.eyeY + moonY * far;
        double pz = proj.eyeZ + moonZ * far;
        double w = proj.clipFromWorld.apply(3, px, py, pz);
        if (w < far * 0.5) return null; // more than 60° off the view axis: never in frame
        double sx = (proj.clipFromWorld.apply(0, px, py, pz) / w * 0.5 + 0.5) * proj.width;
        double sy = (0.5 - proj.clipFromWorld.apply(1, px, py, pz) / w * 0.5) * proj.height;
        double tanV = 1 / StrictMath.sqrt(proj.sideY * proj.sideY - 1);
        double r = proj.height / 2.0 * StrictMath.tan(StrictMath.toRadians(MOON_DEG)) * far / w
                / tanV + 3;
        int x0 = (int) StrictMath.max(0, StrictMath.floor(sx - r));
        int y0 = (int) StrictMath.max(0, StrictMath.floor(sy - r));
        int x1 = (int) StrictMath.min(proj.width - 1, StrictMath.ceil(sx + r));
        int y1 = (int) StrictMath.min(proj.height - 1, StrictMath.ceil(sy + r));
        return x0 > x1 || y0 > y1 ? null : new int[] {x0, y0, x1, y1};
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
        if (twilight > 0) {
            float t = glow(x, z, e);
            r += (GLOW_R - r) * t; g += (GLOW_G - g) * t; b += (GLOW_B - b) * t;
        }
        if (aurora != null) {
            int c = aurora.over(r, g, b, x, y, z, inv);
            r = Colors.red(c); g = Colors.green(c); b = Colors.blue(c);
        }
        if (moon > 0) {
            float c = (x * moonX + y * moonY + z * moonZ) * inv;
            if (c > COS_MOON) {
                float k = moon * (c > COS_MOON_CORE ? 1 : 0.75f);
                r += (MOON_R - r) * k; g += (MOON_G - g) * k; b += (MOON_B - b) * k;
            } else if (c > 0.999f) {
                float h = (c - 0.999f) * (1000 * 0.25f) * moon;
                r += (MOON_R - r) * h * h; g += (MOON_G - g) * h * h; b += (MOON_B - b) * h * h;
            }
        }
        if (sunUp) {
            float c = (x * sunX + y * sunY + z * sunZ) * inv;
            if (c > COS_DISC) {
                // The disc outshines its glow: sky plus three times the sunlight.
                r += 3 * sr; g += 3 * sg; b += 3 * sb;
                return finish(r, g, b, x, y, z, inv);
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
        return finish(r, g, b, x, y, z, inv);
    }

    // The clouds over the sky, and the rainbow over them: it is in the rain, nearer.
    private int finish(float r, float g, float b, float x, float y, float z, float inv) {
        int c = clouds == null ? Colors.pack(r, g, b) : clouds.over(r, g, b, x, y, z, inv);
        if (rainbow == null) return c;
        return rainbow.over(Colors.red(c), Colors.green(c), Colors.blue(c), x, y, z, inv);
    }

    /** Cloud opacity along (x, y, z) of length 1 / {@code inv} (0 without clouds). */
    float cloudAlpha(float x, float y, float z, float inv) {
        return clouds == null ? 0 : clouds.alpha(x, y, z, inv);
    }

    // Share of twilight glow colour: strong low on the sun's side, a little all round.
    private float glow(float x, float z, float e) {
        float flat = (float) StrictMath.sqrt(x * x + z * z);
        if (flat == 0) return 0;
        float side = 0.5f + 0.5f * (x * shx + z * shz) / flat;
        float s2 = side * side;
        float low = e <= 0 ? 1 : Math.max(0, 1 - 2.2f * e);
        float l2 = low * low;
        return twilight * l2 * l2 * (0.08f + 0.62f * s2 * s2);
    }
}
