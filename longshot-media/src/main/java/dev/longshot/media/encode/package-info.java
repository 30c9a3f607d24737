/**
 * Writing videos: {@link dev.longshot.media.encode.FfmpegVideoSink} streams frames and mono
 * PCM through FFmpeg (H.264, H.265 or AV1 with AAC audio) into an MP4 that carries the
 * provenance metadata, under a temporary name until it is finished.
 */
package dev.longshot.media.encode;
