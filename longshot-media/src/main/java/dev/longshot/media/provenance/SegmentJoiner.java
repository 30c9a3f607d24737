package dev.longshot.media.provenance;

import dev.longshot.director.SegmentFiles;
import dev.longshot.director.VideoFormat;
import dev.longshot.media.encode.FfmpegProgram;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Joins finished segments into one MP4 with the bundled {@code ffmpeg} program: the video by
 * FFmpeg's concat demuxer and stream copy (no frame is encoded again), the sound — the
 * segments' PCM, piped in order — encoded once over the whole as AAC-LC, and the container
 * metadata written fresh.
 */
final class SegmentJoiner {
    /** What to do when the program cannot start for want of the PulseAudio client library. */
    private static final String MISSING_PULSE = " — the ffmpeg program that joins segments needs"
            + " the PulseAudio client library: apt-get install libpulse0";

    private SegmentJoiner() {}

    /**
     * Writes segments {@code first} … {@code last} of {@code files} to {@code out}.
     *
     * @throws IOException naming FFmpeg's complaint when it fails
     */
    static void join(SegmentFiles files, int first, int last, VideoFormat format,
            Map<String, String> metadata, Path out) throws IOException {
        Path list = out.resolveSibling(out.getFileName() + ".concat.tmp");
        Path errors = out.resolveSibling(out.getFileName() + ".ffmpeg.tmp");
        try {
            StringBuilder b = new StringBuilder("ffconcat version 1.0\n");
            for (int k = first; k <= last; k++) {
                String path = files.video(k).toAbsolutePath().toString();
                b.append("file '").append(path.replace("'", "'\\''")).append("'\n");
            }
            Files.writeString(list, b.toString(), StandardCharsets.UTF_8);
            Process p = FfmpegProgram.command(arguments(list, format, metadata, out))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile()).start();
            try (OutputStream stdin = p.getOutputStream()) {
                if (format.hasAudio()) {
                    for (int k = first; k <= last; k++) {
                        try (InputStream in = Files.newInputStream(files.audio(k))) {
                            in.transferTo(stdin);
                        }
                    }
                }
            } catch (IOException e) {
                p.destroyForcibly();
                throw new IOException("cannot join segments into " + out + ": "
                        + Files.readString(errors, StandardCharsets.UTF_8).trim(), e);
            }
            int exit = waitFor(p);
            if (exit != 0) {
                String why = Files.readString(errors, StandardCharsets.UTF_8).trim();
                throw new IOException("cannot join segments into " + out + " (ffmpeg exit " + exit
                        + "): " + why + (why.contains("libpulse") ? MISSING_PULSE : ""));
            }
        } finally {
            Files.deleteIfExists(list);
            Files.deleteIfExists(errors);
        }
    }

    private static List<String> arguments(Path list, VideoFormat format,
            Map<String, String> metadata, Path out) {
        List<String> c = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-v",
                "error", "-y", "-f", "concat", "-safe", "0", "-i", list.toString()));
        if (format.hasAudio()) {
            c.addAll(List.of("-f", "s16le", "-ar", Integer.toString(format.audioSampleRate()),
                    "-ac", Integer.toString(format.audioChannels()), "-i", "pipe:0"));
        }
        c.addAll(List.of("-map", "0:v:0", "-c:v", "copy"));
        if (format.hasAudio()) {
            c.addAll(List.of("-map", "1:a:0", "-c:a", "aac", "-b:a", Integer.toString(
                    dev.longshot.media.encode.RecorderSettings.AUDIO_BITRATE_PER_CHANNEL
                            * format.audioChannels())));
        }
        c.addAll(List.of("-map_metadata", "-1"));
        metadata.forEach((k, v) -> c.addAll(List.of("-metadata", k + "=" + v)));
        c.addAll(List.of("-movflags", "+faststart+use_metadata_tags", "-f", "mp4",
                out.toString()));
        return c;
    }

    private static int waitFor(Process p) throws IOException {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while joining segments", e);
        }
    }
}
