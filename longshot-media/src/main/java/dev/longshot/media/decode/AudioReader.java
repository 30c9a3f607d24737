package dev.longshot.media.decode;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;

import java.io.IOException;
import java.nio.Buffer;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes the audio stream of a video file into interleaved 16-bit PCM, chunk by chunk (the
 * decoder's frames, about 1024 samples each), for measurements: onsets, levels, loudness.
 * Not thread-safe.
 */
public final class AudioReader implements AutoCloseable {
    static {
        avutil.av_log_set_level(AV_LOG_ERROR);
    }

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final int channels;
    private final int sampleRate;

    private AudioReader(Path file, FFmpegFrameGrabber grabber) {
        this.file = file;
        this.grabber = grabber;
        this.channels = grabber.getAudioChannels();
        this.sampleRate = grabber.getSampleRate();
    }

    /** Opens {@code file}; fails naming it when it is missing or has no audio stream. */
    public static AudioReader open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": no such file");
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
        g.setSampleFormat(AV_SAMPLE_FMT_S16); // packed: channels interleaved
        try {
            g.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            Grabbers.closeQuietly(g);
            throw new IOException(file + ": cannot open (FFmpeg: " + Grabbers.reason(e) + ")", e);
        }
        if (g.getAudioChannels() <= 0) {
            Grabbers.closeQuietly(g);
            throw new IOException(file + ": has no audio stream");
        }
        return new AudioReader(file, g);
    }

    public int channels() {
        return channels;
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** The next decoded chunk, interleaved; {@code null} after the last. */
    public short[] next() throws IOException {
        while (true) {
            org.bytedeco.javacv.Frame f;
            try {
                f = grabber.grabSamples();
            } catch (FrameGrabber.Exception | RuntimeException e) {
                throw new IOException(file + ": cannot decode audio (FFmpeg: "
                        + Grabbers.reason(e) + ")", e);
            }
            if (f == null) return null;
            if (f.samples == null || f.samples.length == 0) continue;
            Buffer b = f.samples[0];
            if (!(b instanceof ShortBuffer s)) {
                throw new IOException(file + ": audio did not decode to 16-bit samples");
            }
            ShortBuffer d = s.duplicate();
            d.position(0);
            short[] out = new short[d.limit()];
            d.get(out);
            return out;
        }
    }

    /** All of the audio, interleaved (for short test files). */
    public short[] readAll() throws IOException {
        java.util.List<short[]> chunks = new java.util.ArrayList<>();
        int total = 0;
        for (short[] c = next(); c != null; c = next()) {
            chunks.add(c);
            total += c.length;
        }
        short[] out = new short[total];
        int at = 0;
        for (short[] c : chunks) {
            System.arraycopy(c, 0, out, at, c.length);
            at += c.length;
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        Grabbers.close(grabber, file);
    }

}
