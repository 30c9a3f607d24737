package dev.longshot.media.metrics;

import java.util.List;

/**
 * The temporal-coherence figures of one video, from its decoded frames alone (so they compare
 * across renderers and generators).
 *
 * @param frames       frames read
 * @param fps          frame rate used to place frames in minutes
 * @param staticKnown  whether static shots were known (from the generation log); when not,
 *                     the flicker score covers every pair that is not a cut
 * @param minutes      one row per minute
 * @param drift        start-versus-end colour and brightness
 */
public record CoherenceReport(
        long frames, double fps, boolean staticKnown, List<MinuteCoherence> minutes, Drift drift) {
    public CoherenceReport {
        minutes = List.copyOf(minutes);
    }
}
