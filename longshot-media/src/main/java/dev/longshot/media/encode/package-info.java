/**
 * How longshot encodes, without the power to write a file: the encoder and its fixed options
 * per codec ({@link dev.longshot.media.encode.EncoderChoice}), the settings applied to an
 * FFmpeg recorder ({@link dev.longshot.media.encode.RecorderSettings}) and the 360° tag
 * ({@link dev.longshot.media.encode.SphericalTag}).
 *
 * <p>Nothing here creates a recorder or opens a file. The FFmpeg writer lives, package-private,
 * in {@code media.provenance}, whose only public way to write a video always adds the visible
 * label, the watermark and the honest metadata (DESIGN.md rule 3). This package imports
 * nothing from the media packages after it ({@code decode}, {@code provenance}, …).
 */
package dev.longshot.media.encode;
