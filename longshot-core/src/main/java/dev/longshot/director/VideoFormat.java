package dev.longshot.director;

/**
 * Fixed format of an output video, set once when the sink opens.
 *
 * @param width           pixels, even
 * @param height          pixels, even
 * @param fps             frames per second
 * @param codec           video codec
 * @param audioSampleRate audio samples per second per channel (16-bit PCM in)
 * @param audioChannels   interleaved channels of the PCM in: 1 mono, 2 stereo; 0 writes no
 *                        audio stream at all
 * @param spherical       the frames are 360° equirectangular: players are told so
 * @param stereo          each frame holds two eyes, left above right (only when spherical)
 */
public record VideoFormat(int width, int height, int fps, VideoCodec codec, int audioSampleRate,
        int audioChannels, boolean spherical, boolean stereo) {

    public VideoFormat {
        if (audioChannels < 0 || audioChannels > 8) {
            throw new IllegalArgumentException("audio channels " + audioChannels + " (0 … 8)");
        }
        if (stereo && !spherical) {
            throw new IllegalArgumentException("stereo frames are 360° frames here");
        }
    }

    /** A monoscopic video. */
    public VideoFormat(int width, int height, int fps, VideoCodec codec, int audioSampleRate,
            int audioChannels, boolean spherical) {
        this(width, height, fps, codec, audioSampleRate, audioChannels, spherical, false);
    }

    /** A video with mono sound. */
    public VideoFormat(int width, int height, int fps, VideoCodec codec, int audioSampleRate,
            boolean spherical) {
        this(width, height, fps, codec, audioSampleRate, 1, spherical);
    }

    /** An ordinary (not 360°) video with mono sound. */
    public VideoFormat(int width, int height, int fps, VideoCodec codec, int audioSampleRate) {
        this(width, height, fps, codec, audioSampleRate, false);
    }

    /** True when the file gets an audio stream. */
    public boolean hasAudio() {
        return audioChannels > 0;
    }
}
