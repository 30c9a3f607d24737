package dev.longshot.world;

/**
 * The sky events a plan asks for (its {@code sky} ids) as they show in one frame, each
 * 0 … 1: already eased in or out with the weather and faded by what the hour and the clouds
 * allow. Moon, stars and lightning are not here: the night and the storm bring those.
 *
 * @param rainbow   how strongly the bow shows (the sun must be up)
 * @param aurora    how strongly the curtains show (the sky must be dark and clear)
 * @param fireworks how much of the show is on (night only)
 * @param glow      light the bursts of this frame throw on the scene ({@link Fireworks#light})
 */
public record SkyEvents(double rainbow, double aurora, double fireworks, double glow) {
    /** No events. */
    public static final SkyEvents NONE = new SkyEvents(0, 0, 0, 0);
}
