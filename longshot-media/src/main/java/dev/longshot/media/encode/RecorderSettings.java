package dev.longshot.media.encode;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.swscale.SWS_ACCURATE_RND;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BITEXACT;

import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * The fixed FFmpeg settings of a longshot MP4: container, codec and its options, pixel format,
 * key-frame interval, bit-exact colour conversion and the AAC-LC track (of the format's
 * channels; none when it has 0). Applies them to a
 * recorder someone else created; it never creates one, so this package has no way to write a
 * file (only {@code media.provenance} does, and it always labels and watermarks).
 */
public final class RecorderSettings {
    /** AAC bit rate per channel of the audio track. */
    public static final int AUDIO_BITRATE_PER_CHANNEL = 96_000;

    /** Seconds between key frames. */
    public static final int GOP_SECONDS = 2;

    static {
        avutil.av_log_set_level(AV_LOG_ERROR);
    }

    private RecorderSettings() {}

    /**
     * Checks that {@code f} can be encoded.
     *
     * @throws IllegalArgumentException naming the bad size, frame rate, codec or sample rate
     */
    public static void check(VideoFormat f) {
        if (f.width() < 2 || f.height() < 2 || f.width() % 2 != 0 || f.height() % 2 != 0) {
            throw new IllegalArgumentException(
                    "video size " + f.width() + "x" + f.height() + " must be even and >= 2x2");
        }
        if (f.fps() < 1) throw new IllegalArgumentException("fps " + f.fps() + " < 1");
        if (f.codec() == null) throw new IllegalArgumentException("codec missing");
        if (f.audioSampleRate() < 8000 || f.audioSampleRate() > 192_000) {
            throw new IllegalArgumentException(
                    "audio sample rate " + f.audioSampleRate() + " out of range (8000 … 192000)");
        }
    }

    /**
     * The encoder settings a file of {@code codec} is written with, for provenance: the FFmpeg
     * encoder, its options, the key-frame interval, the pixel format and the audio track.
     */
    public static Map<String, String> settings(VideoCodec codec) {
        EncoderChoice choice = EncoderChoice.of(codec);
        Map<String, String> s = new LinkedHashMap<>();
        s.put("encoder", choice.encoder());
        s.putAll(choice.options());
        s.put("gopSeconds", Integer.toString(GOP_SECONDS));
        s.put("pixelFormat", "yuv420p");
        s.put("audio", "aac-lc " + AUDIO_BITRATE_PER_CHANNEL + " b/s per channel");
        return s;
    }

    /** The FFmpeg libraries' version, e.g. {@code 8.1.2}. */
    public static String ffmpegVersion() {
        return avutil.av_version_info().getString();
    }

    /**
     * As {@link #apply}, for one segment of a segmented run: key frames only every
     * {@link #GOP_SECONDS} (no scene-cut key frames) and closed GOPs, so segments that start
     * on the same grid are encoded the same way whichever run makes them, and join by stream
     * copy. (AV1 encoders take their key frames from the GOP size alone.)
     */
    public static void applySegment(FFmpegFrameRecorder r, VideoFormat format) {
        apply(r, format);
        switch (format.codec()) {
            case H264 -> r.setVideoOption("x264-params", "mbtree=0:scenecut=0:open-gop=0");
            case H265 -> r.setVideoOption("x265-params",
                    "log-level=error:scenecut=0:open-gop=0");
            default -> { }
        }
    }

    /** Sets every option of an MP4 in {@code format} on a recorder that has not started. */
    public static void apply(FFmpegFrameRecorder r, VideoFormat format) {
        EncoderChoice choice = EncoderChoice.of(format.codec());
        r.setFormat("mp4");
        r.setVideoCodecName(choice.encoder());
        r.setPixelFormat(AV_PIX_FMT_YUV420P);
        r.setFrameRate(format.fps());
        r.setGopSize(GOP_SECONDS * format.fps());
        r.setVideoBitrate(0); // quality-based (CRF); SVT-AV1 refuses a target rate with CRF
        r.setImageScalingFlags(SWS_BILINEAR | SWS_BITEXACT | SWS_ACCURATE_RND);
        choice.options().forEach(r::setVideoOption);
        applyAudioAndContainer(r, format);
    }

    /**
     * Sets the container and sound of an MP4 in {@code format} whose video is copied from
     * segments already encoded (see {@link #applySegment}), on a recorder that has not started:
     * the same AAC-LC track, metadata tags and index placement as {@link #apply}.
     */
    public static void applyJoin(FFmpegFrameRecorder r, VideoFormat format) {
        r.setFormat("mp4");
        r.setFrameRate(format.fps()); // the segments' own rate wins when they state one
        applyAudioAndContainer(r, format);
    }

    private static void applyAudioAndContainer(FFmpegFrameRecorder r, VideoFormat format) {
        if (format.hasAudio()) {
            r.setAudioCodec(AV_CODEC_ID_AAC);
            r.setAudioChannels(format.audioChannels());
            r.setSampleRate(format.audioSampleRate());
            r.setAudioBitrate(AUDIO_BITRATE_PER_CHANNEL * format.audioChannels());
            if (SpatialAudioTag.applies(format)) SpatialAudioTag.ask(r);
        } else {
            r.setAudioChannels(0); // --audio off: no audio stream
        }

        // use_metadata_tags keeps custom keys (as mdta); faststart puts the index up front
        r.setOption("movflags", "+faststart+use_metadata_tags");
        if (format.spherical()) SphericalTag.allow(r);
    }
}
