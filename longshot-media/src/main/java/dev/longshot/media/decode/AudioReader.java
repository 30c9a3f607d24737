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
            closeQuietly(g);
            throw new IOException(file + ": cannot open (FFmpeg: " + VideoReader.reason(e) + ")", e);
        }
        if (g.getAudioChannels() <= 0) {
            closeQuietly(g);
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
                        + VideoReader.reason(e) + ")", e);
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
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream data = new java.io.DataOutputStream(sink);
        for (short[] c = next(); c != null; c = next()) {
            for (short v : c) data.writeShort(v);
        }
        byte[] bytes = sink.toByteArray();
        short[] out = new short[bytes.length / 2];
        java.nio.ByteBuffer.wrap(bytes).asShortBuffer().get(out);
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            throw new IOException(file + ": cannot close: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FFmpegFrameGrabber g) {
        try {
            g.close();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // the open failure is what matters
        }
    }
}
