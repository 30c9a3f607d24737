package dev.longshot.media.metrics;

/**
 * Temporal coherence over one minute of a video (the last minute may be shorter). Changes are
 * mean absolute differences between consecutive frames, 0 … 255.
 *
 * @param minute             0-based
 * @param pairs              consecutive frame pairs that end in this minute
 * @param cuts               pairs detected as cuts
 * @param meanCutChange      mean luma change at the cuts (NaN without cuts)
 * @param meanSteadyChange   mean luma change at every other pair (NaN without any)
 * @param staticPairs        pairs on static shots, where the flicker score is measured
 * @param flicker            VBench's temporal-flicker score over the static pairs: the mean of
 *                           (255 − mean absolute RGB change) / 255, 1 = no flicker (NaN
 *                           without static pairs)
 * @param meanLuma           mean BT.709 luma of the minute's frames
 */
public record MinuteCoherence(
        int minute,
        int pairs,
        int cuts,
        double meanCutChange,
        double meanSteadyChange,
        int staticPairs,
        double flicker,
        double meanLuma) {}
