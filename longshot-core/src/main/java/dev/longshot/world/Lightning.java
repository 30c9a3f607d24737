package dev.longshot.world;

/**
 * When lightning flashes in a storm. Time is cut into {@value #SLOT_SECONDS}-second slots;
 * a slot holds at most one flash, which starts in its first {@value #MAX_ONSET} s and has
 * died away {@value #DURATION} s later, inside the slot. Any one-second window meets at most
 * three slots, so no viewer ever sees more than three flashes in a second (WCAG 2.3.1
 * "three flashes") — by construction, across second boundaries, at every frame rate.
 *
 * <p>Whether a slot strikes, when, and how bright depends only on (seed, slot), never on the
 * frame rate or on how the weather got here; the storm's strength only scales the flash, so
 * a storm easing in or out fades flashes, never adds one.
 */
public final class Lightning {
    static final double SLOT_SECONDS = 0.5;
    static final double MAX_ONSET = 0.2;
    static final double DURATION = 0.25;
    /** Share of slots that strike: about one flash every 2.8 s in a full storm. */
    private static final double STRIKE_CHANCE = 0.18;
    /** Decay time of a flash, seconds: bright for two frames at 24 fps, gone in six. */
    private static final double DECAY = 0.06;
    /** Flash levels below this are not drawn (and so never count as a flash). */
    private static final double FLOOR = 0.02;

    private Lightning() {}

    /** One strike: its start, its peak level and a draw for where it hits. */
    public record Strike(double onsetSeconds, double peak, long shape) {
        /** Where the bolt stands, degrees from the camera's heading at the flash (±30°). */
        public double azimuthOffsetDeg() {
            return (ValueNoise.unit(shape) - 0.5) * 60;
        }

        /** How far away the bolt strikes, metres (0.4 … 2.4 km): the thunder's delay. */
        public double distanceMetres() {
            return 400 + 2000 * ValueNoise.unit(ValueNoise.mix(shape ^ 0x7448554E444552L));
        }
    }

    /** The strike of the slot holding {@code seconds}, or null when it holds none. */
    public static Strike strikeAt(long seed, double seconds) {
        long slot = (long) StrictMath.floor(seconds / SLOT_SECONDS);
        long h = ValueNoise.mix(ValueNoise.mix(seed ^ 0x4C49474854L) + slot);
        if (ValueNoise.unit(h) >= STRIKE_CHANCE) return null;
        long h2 = ValueNoise.mix(h);
        double onset = slot * SLOT_SECONDS + ValueNoise.unit(h2) * MAX_ONSET;
        double peak = 0.55 + 0.45 * ValueNoise.unit(ValueNoise.mix(h2));
        return new Strike(onset, peak, ValueNoise.mix(h2 + 1));
    }

    /** Flash level 0 … 1 at {@code seconds} in a storm of strength {@code storm} (0 … 1). */
    public static double flash(long seed, double seconds, double storm) {
        if (!(storm > 0)) return 0;
        Strike s = strikeAt(seed, seconds);
        if (s == null) return 0;
        double age = seconds - s.onsetSeconds();
        if (age < 0 || age >= DURATION) return 0;
        double level = s.peak() * StrictMath.min(1, storm) * StrictMath.exp(-age / DECAY);
        return level < FLOOR ? 0 : level;
    }
}
