/**
 * Picture measures on plain {@code 0x00RRGGBB} pixels: {@link dev.longshot.media.metrics.Psnr}
 * (how far a marked or decoded picture is from its source) and
 * {@link dev.longshot.media.metrics.CoherenceScorer} (how steady a video is over time: cuts,
 * frame-to-frame change, flicker, drift). The lowest media package: it
 * imports nothing of longshot, so encoders, tests and benches can all use it.
 */
package dev.longshot.media.metrics;
