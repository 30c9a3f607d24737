package dev.longshot.media.encode;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;

import dev.longshot.director.VideoCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The FFmpeg encoder and its options for one codec: fixed settings, chosen for speed at good
 * quality on a small CPU, and the same on every machine.
 *
 * @param encoder FFmpeg encoder name, e.g. {@code libx264}
 * @param options encoder (AVCodecContext and private) options, in order
 */
public record EncoderChoice(String encoder, Map<String, String> options) {
    /**
     * Encoder threads, fixed rather than one per core: x264 and x265 bitstreams depend on the
     * thread count, and the same settings must give the same file on every machine.
     */
    public static final int THREADS = 4;

    /**
     * x264 runs on one thread: with frame threads its output depended on when frames arrived
     * (3 of 14 runs of one storyboard differed under CPU load, identical frames in). It still
     * runs beside the renderer, on the encoder thread.
     */
    public static final int X264_THREADS = 1;

    /** 'hvc1' as a little-endian FourCC: the HEVC sample entry Apple players require. */
    public static final int HVC1 = 'h' | 'v' << 8 | 'c' << 16 | '1' << 24;

    public EncoderChoice {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** Picks the encoder for {@code codec}; AV1 uses SVT-AV1, or libaom when that is missing. */
    public static EncoderChoice of(VideoCodec codec) {
        Map<String, String> o = new LinkedHashMap<>();
        String encoder;
        switch (codec) {
            case H264 -> {
                encoder = "libx264";
                o.put("preset", "veryfast");
                o.put("crf", "20");
                o.put("profile", "high");
                // Macroblock-tree rate control made frame sizes not a multiple of 16 (e.g.
                // 160x90, 1920x1080) encode differently from run to run under load, identical
                // frames in (6 of 24 runs); without it, 24 of 24 were identical.
                o.put("x264-params", "mbtree=0");
            }
            case H265 -> {
                encoder = "libx265";
                o.put("preset", "veryfast");
                o.put("crf", "24");
                o.put("codec_tag", Integer.toString(HVC1));
                o.put("x265-params", "log-level=error");
            }
            case AV1 -> {
                if (available("libsvtav1")) {
                    encoder = "libsvtav1";
                    o.put("preset", "10");
                    o.put("crf", "35");
                } else {
                    encoder = "libaom-av1";
                    o.put("cpu-used", "8");
                    o.put("usage", "realtime");
                    o.put("crf", "35");
                }
            }
            default -> throw new IllegalArgumentException("codec " + codec);
        }
        o.put("threads", Integer.toString(codec == VideoCodec.H264 ? X264_THREADS : THREADS));
        // sws converts with the BT.601 matrix into limited range: say so in the stream
        o.put("colorspace", "smpte170m");
        o.put("color_range", "tv");
        return new EncoderChoice(encoder, o);
    }

    /** True when this FFmpeg build has the encoder named {@code encoder}. */
    public static boolean available(String encoder) {
        return avcodec_find_encoder_by_name(encoder) != null;
    }
}
