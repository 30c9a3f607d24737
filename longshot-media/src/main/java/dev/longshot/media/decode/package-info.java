/**
 * Reading videos back: {@link dev.longshot.media.decode.VideoReader} opens a file through
 * FFmpeg, describes it ({@link dev.longshot.media.decode.VideoInfo}) and decodes its frames to
 * the same {@code 0x00RRGGBB} pixels the renderer produces, for verification and metrics.
 */
package dev.longshot.media.decode;
