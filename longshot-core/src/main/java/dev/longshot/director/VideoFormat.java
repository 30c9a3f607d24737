package dev.longshot.director;

/**
 * Fixed format of an output video, set once when the sink opens.
 *
 * @param width           pixels, even
 * @param height          pixels, even
 * @param fps             frames per second
 * @param codec           video codec
 * @param audioSampleRate audio samples per second (mono 16-bit PCM in)
 * @param spherical       the frames are 360° equirectangular: players are told so
 */
public record VideoFormat(int width, int height, int fps, VideoCodec codec, int audioSampleRate,
        boolean spherical) {

    /** An ordinary (not 360°) video. */
    public VideoFormat(int width, int height, int fps, VideoCodec codec, int audioSampleRate) {
        this(width, height, fps, codec, audioSampleRate, false);
    }
}
