package dev.longshot.director;

import java.util.Locale;

/** Video codecs longshot can write. */
public enum VideoCodec {
    H264("h264"),
    H265("h265"),
    AV1("av1");

    private final String id;

    VideoCodec(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses {@code h264}, {@code h265} or {@code av1} (case-insensitive). */
    public static VideoCodec fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (VideoCodec codec : values()) {
            if (codec.id.equals(wanted)) return codec;
        }
        throw new IllegalArgumentException(
                "unknown codec '" + id + "' (expected one of: h264, h265, av1)");
    }
}
