/**
 * Previs hand-off: what an edit suite, a compositor or a 3D package reads beside the video —
 * the camera of every frame ({@link dev.longshot.media.handoff.NukeChan}, {@link
 * dev.longshot.media.handoff.CameraTrackJson}), the shot list ({@link
 * dev.longshot.media.handoff.OtioTimeline}, {@link dev.longshot.media.handoff.Cmx3600Edl}),
 * the passes and tracking markers ({@link dev.longshot.media.handoff.PassSink}, encodings in
 * {@code PassFormats}, the id matte's colours in {@link dev.longshot.media.handoff.IdColours}).
 * {@link dev.longshot.media.handoff.PrevisHandoff} collects them from a run's generation log.
 *
 * <p>Axes and units, the same in every file: metres; right-handed, +Y up, +X right; a camera
 * with no rotation looks along −Z. Rotations in degrees, applied Z (roll) first, then X (tilt,
 * positive looks up), then Y (pan, positive turns left) — Nuke's default ZXY order.
 */
package dev.longshot.media.handoff;
