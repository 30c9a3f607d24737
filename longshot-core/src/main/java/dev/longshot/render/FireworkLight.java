package dev.longshot.render;

import dev.longshot.world.Atmosphere;
import dev.longshot.world.Fireworks;

/**
 * The scene lit a little by fireworks: every pixel moves a small share of the way to the
 * colour of the brightest burst, as much as the show's light ({@code SkyEvents.glow}) says.
 * The share is small and the light rises and fades over a fraction of a second or more
 * ({@link Fireworks}), so the picture brightens gently, never in a flash. Rows in parallel.
 */
final class FireworkLight {
    /** Share of the way to the burst's colour at full light. */
    static final float STRENGTH = 0.07f;

    private FireworkLight() {}

    static void apply(int[] rgb, int width, int height, Atmosphere air, double seconds,
                      WorkerPool pool) {
        double glow = air.events().glow();
        if (!(glow > 0.002)) return;
        Fireworks.Shell s = Fireworks.brightestAt(air.seed(), seconds);
        if (s == null) return;
        int colour = SkyPalette.FIREWORKS[s.colour() % SkyPalette.FIREWORKS.length];
        int a = (int) (256 * STRENGTH * Math.min(1, glow));
        if (a == 0) return;
        pool.forEach(height, (y, task) -> {
            for (int p = y * width, end = p + width; p < end; p++) {
                rgb[p] = Colors.mix(rgb[p], colour, a);
            }
        });
    }
}
