/**
 * What a longshot file says about itself, and the stage that makes it say so: the metadata that
 * names the generator, the storyboard, the settings and China's {@code AIGC} implicit label
 * ({@link dev.longshot.media.provenance.ProvenanceMetadata}); the content ID
 * ({@link dev.longshot.media.provenance.ContentId}); the visible label
 * ({@link dev.longshot.media.provenance.VisibleLabel}); the Labeler/Watermarker stage between
 * the commit window and the encoder ({@link dev.longshot.media.provenance.MarkingSink}); and the
 * rule that no file ever claims a real camera. The watermark itself lives in
 * {@code provenance.watermark}.
 */
package dev.longshot.media.provenance;
