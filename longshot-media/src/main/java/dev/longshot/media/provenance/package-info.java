/**
 * What a longshot file says about itself, and the only code that writes one. The metadata that
 * names the generator, the storyboard, the settings and China's {@code AIGC} implicit label
 * ({@link dev.longshot.media.provenance.ProvenanceMetadata}); the content ID
 * ({@link dev.longshot.media.provenance.ContentId}); the visible label
 * ({@link dev.longshot.media.provenance.VisibleLabel}); the Labeler/Watermarker stage between
 * the commit window and the encoder ({@link dev.longshot.media.provenance.MarkingSink}); and the
 * rule that no file ever claims a real camera. The watermark itself lives in
 * {@code provenance.watermark}.
 *
 * <p><b>Honest output by structure.</b> Java without modules can hide a class only inside its
 * package, so the FFmpeg writer ({@code FfmpegWriter}) and its temporary-file handling live
 * here, package-private, rather than in {@code media.encode} (which keeps the codec choice,
 * recorder settings and 360° tag as public helpers that cannot open a file). Other packages
 * can write a video only through
 * {@link dev.longshot.media.provenance.LabelledVideoWriter#open}, which checks the metadata,
 * then stamps the label and embeds the watermark into every frame. Two bench hooks also reach
 * the writer, and neither hands out a file: {@link dev.longshot.media.provenance.ControlVideos}
 * returns only watermark detections on unmarked controls, and
 * {@link dev.longshot.media.provenance.EncoderThroughput} only a frame rate. A capability
 * object was the alternative, but any token a public class can check, another package can
 * obtain or forge; package-private access is enforced by the compiler and the JVM.
 * {@code OnlyProvenanceWritesVideoTest} (longshot-cli) fails if this stops holding.
 */
package dev.longshot.media.provenance;
