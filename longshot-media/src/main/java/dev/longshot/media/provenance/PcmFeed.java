package dev.longshot.media.provenance;

import dev.longshot.director.VideoFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;

/**
 * One segment's sound (interleaved 16-bit little-endian PCM) handed to a recorder's AAC encoder
 * in step with the segment's video, so the muxer can interleave the two without holding either
 * back: after the segment's n-th frame, its first n · rate / fps samples.
 */
final class PcmFeed implements AutoCloseable {
    private final FFmpegFrameRecorder recorder;
    private final VideoFormat format;
    private final Path file;
    private final InputStream in;
    private final byte[] bytes;
    private long samplesFed; // per channel

    /** Opens {@code pcm}, one segment's sound in {@code format}'s rate and channels. */
    PcmFeed(FFmpegFrameRecorder recorder, VideoFormat format, Path pcm) throws IOException {
        this.recorder = recorder;
        this.format = format;
        this.file = pcm;
        this.in = new BufferedInputStream(Files.newInputStream(pcm), 1 << 16);
        this.bytes = new byte[format.audioSampleRate() * format.audioChannels() * 2];
    }

    /** Feeds the sound that belongs with the segment's first {@code frames} frames. */
    void feedThrough(long frames) throws IOException, FrameRecorder.Exception {
        feed(frames * format.audioSampleRate() / format.fps() - samplesFed);
    }

    /** Feeds what is left of the segment's sound. */
    void feedRest() throws IOException, FrameRecorder.Exception {
        feed(Long.MAX_VALUE);
    }

    private void feed(long samples) throws IOException, FrameRecorder.Exception {
        int frameBytes = format.audioChannels() * 2;
        while (samples > 0) {
            int want = (int) Math.min(samples, bytes.length / frameBytes) * frameBytes;
            int n = in.readNBytes(bytes, 0, want);
            if (n % frameBytes != 0) {
                throw new IOException(file + ": the sound ends inside a sample");
            }
            if (n == 0) return;
            short[] pcm = new short[n / 2];
            ByteBuffer.wrap(bytes, 0, n).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(pcm);
            recorder.recordSamples(format.audioSampleRate(), format.audioChannels(),
                    ShortBuffer.wrap(pcm));
            samplesFed += n / frameBytes;
            samples -= n / frameBytes;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
