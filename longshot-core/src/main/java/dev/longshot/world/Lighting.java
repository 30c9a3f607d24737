package dev.longshot.world;

/**
 * Light and atmosphere of one frame. Colours are packed {@code 0xRRGGBB}.
 *
 * @param toSun        unit vector from the ground towards the sun (y &lt; 0 below the horizon)
 * @param sunColor     colour of direct sunlight
 * @param sunIntensity 0 … 1 scale of direct light (0 at night)
 * @param ambient      0 … 1 sky light reaching every surface
 * @param skyZenith    sky colour straight up
 * @param skyHorizon   sky colour at the horizon
 * @param fogColor     colour distant things fade to
 * @param fogDensity   per-metre extinction of the exponential fog (e.g. 0.0005 clear, 0.01 fog)
 * @param atmosphere   moon, stars, clouds, precipitation and lightning of the frame
 */
public record Lighting(
        Vec3 toSun,
        int sunColor,
        double sunIntensity,
        double ambient,
        int skyZenith,
        int skyHorizon,
        int fogColor,
        double fogDensity,
        Atmosphere atmosphere) {
    public Lighting {
        if (atmosphere == null) throw new IllegalArgumentException("atmosphere is null");
    }

    /** Light alone, with nothing in the air ({@link Atmosphere#NONE}). */
    public Lighting(Vec3 toSun, int sunColor, double sunIntensity, double ambient,
            int skyZenith, int skyHorizon, int fogColor, double fogDensity) {
        this(toSun, sunColor, sunIntensity, ambient, skyZenith, skyHorizon, fogColor,
                fogDensity, Atmosphere.NONE);
    }
}
