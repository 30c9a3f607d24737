package dev.longshot.media.encode;

import dev.longshot.director.VideoFormat;
import java.util.Map;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * Tells 360° players that a video's four audio channels are first-order ambisonics (AmbiX:
 * ACN order, SN3D), so they turn the sound with the view: Google's Spatial Audio {@code SA3D}
 * box in the audio sample entry. FFmpeg's MP4 muxer writes that box when the audio stream
 * carries the metadata key {@code SA3D} naming an ambisonic channel layout.
 */
public final class SpatialAudioTag {
    /** The FFmpeg channel layout of first-order ambisonics, four channels. */
    public static final String FIRST_ORDER = "ambisonic 1";
    /** Audio channels of first-order ambisonics. */
    public static final int CHANNELS = 4;

    private SpatialAudioTag() {}

    /** True for a 360° video with a four-channel track: its sound is AmbiX. */
    public static boolean applies(VideoFormat f) {
        return f.spherical() && f.audioChannels() == CHANNELS;
    }

    /** Asks the (not yet started) recorder's MP4 muxer to write the SA3D box. */
    static void ask(FFmpegFrameRecorder r) {
        r.setAudioMetadata(Map.of("SA3D", FIRST_ORDER));
    }
}
