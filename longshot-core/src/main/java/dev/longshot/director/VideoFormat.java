package dev.longshot.director;

/**
 * Fixed format of an output video, set once when the sink opens.
 *
 * @param width           pixels, even
 * @param height          pixels, even
 * @param fps             frames per second
 * @param codec           video codec
 * @param audioSampleRate audio samples per second (mono 16-bit PCM in)
 */
public record VideoFormat(int width, int height, int fps, VideoCodec codec, int audioSampleRate) {}
