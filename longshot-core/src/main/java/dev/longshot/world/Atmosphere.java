package dev.longshot.world;

/**
 * What the sky and the air hold in one frame besides the light itself: the moon, the stars,
 * the clouds, falling rain or snow and a lightning flash. All levels are 0 … 1.
 *
 * @param toMoon unit vector towards the moon (y &lt; 0 below the horizon)
 * @param night  how dark the sky is: 0 by day, 1 once the sun is 10° below the horizon
 * @param stars  star visibility (night, thinned by overcast)
 * @param clouds share of the sky the cloud layer covers (a few when clear, a deck when raining)
 * @param rain   rain intensity (heavy in a storm)
 * @param snow   snowfall intensity
 * @param flash  lightning brightening of this frame; an asked-for event the exposure rule
 *               discounts (see {@link Lightning})
 * @param seed   seed of the sky's and the weather's particles (stars, drops, bolts)
 * @param events the rainbow, aurora and fireworks the plan asked for, as they show now
 * @param dust   blowing dust: grains driven through the air by a dust storm's wind
 * @param mud    how far the ground has turned to mud under the weather ("the field turns
 *               to mud"): the ground's own colour at 0, wet dark earth at 1
 * @param snowCover how much snow lies on the ground: none at 0, white ground at 1
 */
public record Atmosphere(Vec3 toMoon, double night, double stars, double clouds, double rain,
        double snow, double flash, long seed, SkyEvents events, double dust, double mud,
        double snowCover) {
    /** Nothing in the air: no moon, stars, clouds or precipitation (hand-built lights). */
    public static final Atmosphere NONE = new Atmosphere(new Vec3(0, -1, 0), 0, 0, 0, 0, 0, 0, 0);

    public Atmosphere {
        java.util.Objects.requireNonNull(events, "events");
    }

    /** An atmosphere over ground with no snow lying. */
    public Atmosphere(Vec3 toMoon, double night, double stars, double clouds, double rain,
            double snow, double flash, long seed, SkyEvents events, double dust, double mud) {
        this(toMoon, night, stars, clouds, rain, snow, flash, seed, events, dust, mud, 0);
    }

    /** An atmosphere over ground that is not muddy. */
    public Atmosphere(Vec3 toMoon, double night, double stars, double clouds, double rain,
            double snow, double flash, long seed, SkyEvents events, double dust) {
        this(toMoon, night, stars, clouds, rain, snow, flash, seed, events, dust, 0);
    }

    /** An atmosphere without blowing dust. */
    public Atmosphere(Vec3 toMoon, double night, double stars, double clouds, double rain,
            double snow, double flash, long seed, SkyEvents events) {
        this(toMoon, night, stars, clouds, rain, snow, flash, seed, events, 0);
    }

    /** An atmosphere without sky events. */
    public Atmosphere(Vec3 toMoon, double night, double stars, double clouds, double rain,
            double snow, double flash, long seed) {
        this(toMoon, night, stars, clouds, rain, snow, flash, seed, SkyEvents.NONE);
    }

    /** This atmosphere with {@code level} of lightning flash. */
    public Atmosphere withFlash(double level) {
        return new Atmosphere(toMoon, night, stars, clouds, rain, snow, level, seed, events,
                dust, mud, snowCover);
    }
}
