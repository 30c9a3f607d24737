package dev.longshot.world;

import java.util.ArrayList;
import java.util.List;

/**
 * When and where fireworks burst. Time is cut into {@value #SLOT_SECONDS}-second slots; a
 * slot holds at most one shell, which rises for {@value #RISE_SECONDS} s, bursts into
 * {@value #PARTICLES} sparks that fly out, fall under gravity and fade over {@value #LIFE} s.
 * Everything about a shell — whether it is fired, when, where, how wide, which colour —
 * depends only on (seed, slot), never on the frame rate or how the show started, so every
 * frame of a show is the same for any thread count and any run. Shells burst all round the
 * sky at fixed headings of the world, so a camera that pans sees them stay where they are;
 * any {@value #SPREAD}th of the horizon sees a shell about every 0.9 s.
 *
 * <p>The light a show throws on the scene ({@link #light}) rises over {@value #GLOW_RISE} s
 * and dies away slowly, so it changes the picture's brightness gently, never as a flash.
 */
public final class Fireworks {
    static final double SLOT_SECONDS = 0.14;
    public static final double RISE_SECONDS = 0.6;
    public static final double LIFE = 2.4;
    public static final int PARTICLES = 56;
    /** How many views' worth of sky the shells are spread over (the horizon in fifths). */
    static final int SPREAD = 5;
    /** Share of slots that fire a shell. */
    private static final double FIRE_CHANCE = 0.75;
    private static final double GLOW_RISE = 0.25;
    private static final double GLOW_DECAY = 0.7;

    private Fireworks() {}

    /**
     * One shell: it bursts at {@code burstSeconds}, at heading {@code azimuthDeg} (as a
     * camera's yaw: 0 north, 90 east) and {@code elevationDeg} above the horizon, its sparks
     * reaching {@code radiusDeg}; colour {@code colour} of the catalog's palette (0 … 3);
     * {@code shape} draws its sparks.
     */
    public record Shell(double burstSeconds, double azimuthDeg, double elevationDeg,
            double radiusDeg, int colour, double peak, long shape) {
        /** Seconds since the burst (negative while the shell rises). */
        public double age(double seconds) {
            return seconds - burstSeconds;
        }

        /** Brightness of the sparks {@code age} seconds after the burst, 0 … 1. */
        public double sparkLevel(double age) {
            if (age < 0 || age >= LIFE) return 0;
            double flare = age < 0.06 ? age / 0.06 : 1;
            double fade = 1 - age / LIFE;
            return peak * flare * fade * fade;
        }

        /**
         * Where spark {@code k} is {@code age} s after the burst, as offsets (degrees) of
         * azimuth and elevation from the burst point: out fast, slowing, then falling.
         */
        public double[] spark(int k, double age) {
            long h = ValueNoise.mix(shape + 31L * k);
            // A uniform direction on the sphere, seen from the front: its x and y.
            double y = 2 * ValueNoise.unit(h) - 1;
            double a = 2 * StrictMath.PI * ValueNoise.unit(ValueNoise.mix(h));
            double r = StrictMath.sqrt(1 - y * y);
            double out = radiusDeg * (1 - StrictMath.exp(-age / 0.35))
                    * (0.85 + 0.15 * ValueNoise.unit(ValueNoise.mix(h + 7)));
            double fall = 0.5 * 2.4 * age * age; // degrees: gravity, seen from far away
            return new double[] {r * StrictMath.cos(a) * out, y * out - fall};
        }

        /** Light this shell throws at {@code age} s after its burst, 0 … 1. */
        double light(double age) {
            if (age < 0 || age >= LIFE) return 0;
            double rise = age < GLOW_RISE ? age / GLOW_RISE : 1;
            rise = rise * rise * (3 - 2 * rise);
            double tail = StrictMath.max(0, 1 - age / LIFE);
            return peak * rise * StrictMath.exp(-StrictMath.max(0, age - GLOW_RISE)
                    / GLOW_DECAY) * tail;
        }
    }

    /** The shell of {@code slot}, or null when the slot fires none. */
    public static Shell shellOf(long seed, long slot) {
        long h = ValueNoise.mix(ValueNoise.mix(seed ^ 0x46495245574BL) + slot);
        if (ValueNoise.unit(h) >= FIRE_CHANCE) return null;
        long h2 = ValueNoise.mix(h);
        double burst = slot * SLOT_SECONDS + RISE_SECONDS + ValueNoise.unit(h2) * 0.1;
        double az = 360 * ValueNoise.unit(ValueNoise.mix(h2 + 1));
        double el = 10 + 12 * ValueNoise.unit(ValueNoise.mix(h2 + 2));
        double radius = 6 + 5 * ValueNoise.unit(ValueNoise.mix(h2 + 3));
        int colour = (int) (4 * ValueNoise.unit(ValueNoise.mix(h2 + 4)));
        double peak = 0.7 + 0.3 * ValueNoise.unit(ValueNoise.mix(h2 + 5));
        return new Shell(burst, az, el, radius, colour, peak, ValueNoise.mix(h2 + 6));
    }

    /** The shells rising or burning at {@code seconds}, oldest first. */
    public static List<Shell> shellsAt(long seed, double seconds) {
        List<Shell> out = new ArrayList<>();
        long last = (long) StrictMath.floor(seconds / SLOT_SECONDS);
        long first = (long) StrictMath.floor((seconds - LIFE - RISE_SECONDS - 0.1)
                / SLOT_SECONDS);
        for (long slot = first; slot <= last; slot++) {
            Shell s = shellOf(seed, slot);
            if (s == null) continue;
            double age = s.age(seconds);
            if (age >= -RISE_SECONDS && age < LIFE) out.add(s);
        }
        return out;
    }

    /** The shell throwing the most light at {@code seconds}, or null when none does. */
    public static Shell brightestAt(long seed, double seconds) {
        Shell best = null;
        double most = 0;
        for (Shell s : shellsAt(seed, seconds)) {
            double l = s.light(s.age(seconds));
            if (l > most) {
                most = l;
                best = s;
            }
        }
        return best;
    }

    /**
     * Light the show throws on the scene at {@code seconds}, 0 … 1, for a show level: the
     * bursts all round the sky, as much as those of one view would throw.
     */
    public static double light(long seed, double seconds, double show) {
        double sum = 0;
        for (Shell s : shellsAt(seed, seconds)) sum += s.light(s.age(seconds));
        return StrictMath.min(1, sum / SPREAD) * StrictMath.min(1, StrictMath.max(0, show));
    }
}
