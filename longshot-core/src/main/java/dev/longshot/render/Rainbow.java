package dev.longshot.render;

import dev.longshot.world.Lighting;
import dev.longshot.world.Vec3;

/**
 * A rainbow: light refracted by the rain opposite the sun, a ring round the antisolar point.
 * The primary bow spans 40.4° (violet, inside) … 42.2° (red, outside) from it, the fainter
 * secondary bow 50.5° … 53.5° with its colours the other way round, and the sky inside the
 * primary is a little brighter than outside it. Its feet fade into the haze near the horizon.
 *
 * <p>For the picture the antisolar point is taken no lower than {@value #LOWEST_CENTRE_DEG}°
 * under the horizon: a real noon sun sets the whole bow below the horizon, and a storyboard
 * that asks for a rainbow means to see one (a film cheat, as "day for night" is). With the
 * sun lower than that, the bow stands exactly where physics puts it.
 */
final class Rainbow {
    static final double PRIMARY_INNER_DEG = 40.4, PRIMARY_OUTER_DEG = 42.2;
    static final double SECONDARY_INNER_DEG = 50.5, SECONDARY_OUTER_DEG = 53.5;
    static final double LOWEST_CENTRE_DEG = 28;
    private static final float STRENGTH = 0.55f;

    private final float ax, ay, az;   // unit antisolar direction
    private final float level;        // 0 … 1

    private Rainbow(float ax, float ay, float az, float level) {
        this.ax = ax;
        this.ay = ay;
        this.az = az;
        this.level = level;
    }

    /** The bow of {@code light}, or null when none shows. */
    static Rainbow of(Lighting light) {
        double level = light.atmosphere().events().rainbow();
        if (!(level > 0.002)) return null;
        Vec3 a = antisolar(light.toSun());
        return new Rainbow((float) a.x(), (float) a.y(), (float) a.z(), (float) level);
    }

    /** The point the bow is centred on: opposite the sun, no lower than the cheat allows. */
    static Vec3 antisolar(Vec3 toSun) {
        Vec3 s = toSun.normalized();
        double flat = StrictMath.sqrt(s.x() * s.x() + s.z() * s.z());
        double elevation = StrictMath.min(StrictMath.asin(StrictMath.max(-1, StrictMath.min(1,
                s.y()))), StrictMath.toRadians(LOWEST_CENTRE_DEG));
        double hx = flat > 0 ? s.x() / flat : 1, hz = flat > 0 ? s.z() / flat : 0;
        double c = StrictMath.cos(elevation);
        return new Vec3(-hx * c, -StrictMath.sin(elevation), -hz * c);
    }

    /** The sky colour (r, g, b) along (x, y, z) of length 1 / inv, with the bow over it. */
    int over(float r, float g, float b, float x, float y, float z, float inv) {
        float e = y * inv;
        if (e <= 0) return Colors.pack(r, g, b);
        float c = (x * ax + y * ay + z * az) * inv;
        if (c < 0.55f || c > 0.82f) return Colors.pack(r, g, b); // outside 35° … 57°
        double deg = StrictMath.toDegrees(StrictMath.acos(StrictMath.min(1, c)));
        float feet = Math.min(1, e / 0.12f);   // fade into the haze over the lowest 7°
        float k = level * feet * (2 - feet) * STRENGTH;
        float band;
        int colour;
        if (deg < PRIMARY_INNER_DEG) {
            // Inside the bow the sky is lighter: light scattered at smaller angles.
            float lift = k * 0.12f * (float) StrictMath.max(0, 1 - (PRIMARY_INNER_DEG - deg) / 6);
            return Colors.pack(r + (255 - r) * lift, g + (255 - g) * lift, b + (255 - b) * lift);
        } else if (deg <= PRIMARY_OUTER_DEG) {
            double t = (deg - PRIMARY_INNER_DEG) / (PRIMARY_OUTER_DEG - PRIMARY_INNER_DEG);
            band = (float) StrictMath.sqrt(StrictMath.sin(StrictMath.PI * t));
            colour = spectrum(1 - t); // red outside
        } else if (deg >= SECONDARY_INNER_DEG && deg <= SECONDARY_OUTER_DEG) {
            double t = (deg - SECONDARY_INNER_DEG) / (SECONDARY_OUTER_DEG - SECONDARY_INNER_DEG);
            band = 0.3f * (float) StrictMath.sin(StrictMath.PI * t);   // fainter, softer
            colour = spectrum(t); // red inside
        } else {
            return Colors.pack(r, g, b);
        }
        float a = k * band;
        return Colors.pack(r + (Colors.red(colour) - r) * a, g + (Colors.green(colour) - g) * a,
                b + (Colors.blue(colour) - b) * a);
    }

    /** The palette read as a spectrum: {@code t} 0 is its first colour (red), 1 its last. */
    static int spectrum(double t) {
        int[] p = SkyPalette.RAINBOW;
        double u = StrictMath.max(0, StrictMath.min(1, t)) * (p.length - 1);
        int i = (int) StrictMath.min(p.length - 2, StrictMath.floor(u));
        return Colors.mix(p[i], p[i + 1], (int) ((u - i) * 256));
    }
}
