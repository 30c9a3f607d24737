package dev.longshot.media.decode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a video file holds, as FFmpeg reports it.
 *
 * @param width           pixels
 * @param height          pixels
 * @param fps             average frame rate of the video stream
 * @param durationSeconds length of the file
 * @param frameCount      video frames: the stream's count when the container records it,
 *                        otherwise {@code round(durationSeconds * fps)}
 * @param videoCodec      FFmpeg codec name, e.g. {@code h264}, {@code hevc}, {@code av1}
 * @param hasAudio        whether there is an audio stream
 * @param audioCodec      FFmpeg codec name of the audio, e.g. {@code aac}; empty without audio
 * @param audioSampleRate samples per second; 0 without audio
 * @param metadata        container metadata, keys as FFmpeg reports them, in file order
 */
public record VideoInfo(
        int width,
        int height,
        double fps,
        double durationSeconds,
        long frameCount,
        String videoCodec,
        boolean hasAudio,
        String audioCodec,
        int audioSampleRate,
        Map<String, String> metadata) {
    public VideoInfo {
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
