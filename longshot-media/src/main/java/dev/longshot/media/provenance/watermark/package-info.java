/**
 * The invisible watermark: a keyed spread-spectrum pattern of smooth luma bumps on a 64×36 grid
 * defined relative to the frame, carrying a sync pattern, the video's content ID and the
 * second of the video each frame belongs to. {@link
 * dev.longshot.media.provenance.watermark.WatermarkEmbedder} marks frames; {@link
 * dev.longshot.media.provenance.watermark.WatermarkDetector} finds the mark in any decoded
 * excerpt, after re-encoding, scaling, cropping, mirroring, small rotations (±2°), frame-rate
 * and brightness changes.
 */
package dev.longshot.media.provenance.watermark;
