package dev.longshot.media.provenance;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR0;

import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoFormat;
import dev.longshot.director.VideoSink;
import dev.longshot.media.encode.EncoderChoice;
import dev.longshot.media.encode.RecorderSettings;
import dev.longshot.media.encode.SphericalTag;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Writes an MP4 through FFmpeg: H.264, H.265 or AV1 video and AAC-LC audio of the format's
 * channels (none when it has 0), with the given metadata in the container. The file is
 * written under a hidden temporary name beside the
 * target and moved into place by {@link #finish()}; {@link #close()} before that deletes it.
 *
 * <p>Frames go to FFmpeg as packed {@code BGR0} bytes — the little-endian layout of an
 * {@code 0x00RRGGBB} int — so no Java loop touches the pixels; swscale converts them to
 * YUV 4:2:0 (BT.601, limited range) bit-exactly. Not thread-safe: one writer at a time.
 *
 * <p>Package-private on purpose: it writes exactly the frames it is given, unmarked. Other
 * packages reach it only through {@link LabelledVideoWriter}, which puts the label and the
 * watermark in front of it, and through the bench hooks that never hand out a file.
 */
final class FfmpegWriter implements VideoSink {
    private final OutputFile output;
    private final VideoFormat format;
    private final FFmpegFrameRecorder recorder;
    private final ByteBuffer pixels; // width * height * 4 bytes, B,G,R,0 per pixel
    private final IntBuffer pixelInts;
    private final Sealer sealer;
    private long framesWritten;
    private long samplesWritten;
    private boolean finished;
    private boolean released;

    /** A last step on the finished file before it is published, e.g. signing it. */
    @FunctionalInterface
    interface Sealer {
        Sealer NONE = file -> { };

        void seal(Path finishedFile) throws IOException;
    }

    private FfmpegWriter(OutputFile output, VideoFormat format, FFmpegFrameRecorder recorder,
            Sealer sealer) {
        this.output = output;
        this.sealer = sealer;
        this.format = format;
        this.recorder = recorder;
        this.pixels = ByteBuffer.allocateDirect(format.width() * format.height() * 4)
                .order(ByteOrder.LITTLE_ENDIAN);
        this.pixelInts = pixels.asIntBuffer();
    }

    /**
     * Opens a sink writing {@code target}.
     *
     * @param target   final path of the MP4; its directory must exist and be writable
     * @param format   size, frame rate, codec and audio sample rate
     * @param metadata container metadata, written in order ({@code title}, {@code comment} and
     *                 any custom key such as {@code storyboard_sha256})
     * @throws IOException              naming the path when it cannot be written or FFmpeg
     *                                  cannot start; nothing is left behind
     * @throws IllegalArgumentException for a bad format or a metadata key that names a camera
     */
    static FfmpegWriter open(Path target, VideoFormat format, Map<String, String> metadata)
            throws IOException {
        return open(target, format, metadata, Sealer.NONE);
    }

    /**
     * As {@link #open(Path, VideoFormat, Map)}, with {@code sealer} run on the complete file
     * before it is moved onto the target; if it fails, nothing is published.
     */
    static FfmpegWriter open(Path target, VideoFormat format, Map<String, String> metadata,
            Sealer sealer) throws IOException {
        return open(target, format, metadata, sealer, false);
    }

    /** As {@link #open(Path, VideoFormat, Map)} for one segment of a segmented run. */
    static FfmpegWriter openSegment(Path target, VideoFormat format, Map<String, String> metadata)
            throws IOException {
        return open(target, format, metadata, Sealer.NONE, true);
    }

    private static FfmpegWriter open(Path target, VideoFormat format,
            Map<String, String> metadata, Sealer sealer, boolean segment) throws IOException {
        RecorderSettings.check(format);
        CameraClaims.requireNone(metadata);
        OutputFile output = OutputFile.create(target);
        FFmpegFrameRecorder recorder = null;
        try {
            recorder = configure(output.partial(), format, metadata, segment);
            recorder.start();
            if (format.spherical()) SphericalTag.mark(recorder, format.stereo());
            return new FfmpegWriter(output, format, recorder, sealer);
        } catch (FrameRecorder.Exception | RuntimeException e) {
            releaseQuietly(recorder);
            output.discard();
            throw new IOException("cannot start encoding " + target + " ("
                    + EncoderChoice.of(format.codec()).encoder() + "): " + reason(e), e);
        }
    }

    private static FFmpegFrameRecorder configure(
            Path file, VideoFormat format, Map<String, String> metadata, boolean segment) {
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(
                file.toFile(), format.width(), format.height(), 1);
        if (segment) {
            RecorderSettings.applySegment(r, format);
        } else {
            RecorderSettings.apply(r, format);
        }
        r.setMetadata(new LinkedHashMap<>(metadata));
        return r;
    }

    /** The format this sink was opened with. */
    VideoFormat format() {
        return format;
    }

    /** Where the finished file goes. */
    Path target() {
        return output.target();
    }

    @Override
    public void writeFrame(Frame frame) throws IOException {
        checkWritable();
        if (frame.width() != format.width() || frame.height() != format.height()) {
            throw new IllegalArgumentException("frame " + frame.width() + "x" + frame.height()
                    + " does not match the video size " + format.width() + "x" + format.height());
        }
        pixelInts.clear();
        pixelInts.put(frame.rgb());
        pixels.clear();
        try {
            recorder.recordImage(format.width(), format.height(),
                    org.bytedeco.javacv.Frame.DEPTH_UBYTE, 4, format.width() * 4,
                    AV_PIX_FMT_BGR0, pixels);
        } catch (FrameRecorder.Exception e) {
            throw failure("cannot encode frame " + framesWritten, e);
        }
        framesWritten++;
    }

    @Override
    public void writeAudio(short[] samples) throws IOException {
        checkWritable();
        if (samples.length == 0) return;
        int channels = format.audioChannels();
        if (channels == 0) throw new IllegalStateException("this video has no audio stream");
        if (samples.length % channels != 0) {
            throw new IllegalArgumentException(samples.length + " samples do not interleave "
                    + channels + " channels");
        }
        try {
            recorder.recordSamples(format.audioSampleRate(), channels, ShortBuffer.wrap(samples));
        } catch (FrameRecorder.Exception e) {
            throw failure("cannot encode audio at sample " + samplesWritten, e);
        }
        samplesWritten += samples.length / channels;
    }

    /**
     * Pads the audio with silence to the length of the video, completes the file, seals it and
     * moves it onto the target. On failure nothing is published; {@link #close()} deletes the
     * partial file.
     */
    @Override
    public void finish() throws IOException {
        checkWritable();
        padAudio();
        try {
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw failure("cannot complete", e);
        } finally {
            released = true;
        }
        try {
            sealer.seal(output.partial());
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot seal " + output.target() + ": " + e.getMessage(), e);
        }
        try {
            output.commit();
        } catch (IOException e) {
            throw new IOException("cannot move " + output.partial() + " to " + output.target()
                    + ": " + e.getMessage(), e);
        }
        finished = true;
    }

    /** Silence after the last sample, so the audio track lasts as long as the video. */
    private void padAudio() throws IOException {
        if (!format.hasAudio()) return;
        long videoSamples = framesWritten * format.audioSampleRate() / format.fps();
        long missing = videoSamples - samplesWritten;
        int chunk = format.audioSampleRate();
        while (missing > 0) {
            int n = (int) Math.min(missing, chunk);
            writeAudio(new short[n * format.audioChannels()]);
            missing -= n;
        }
    }

    @Override
    public void close() throws IOException {
        if (finished) return;
        if (!released) {
            released = true;
            releaseQuietly(recorder);
        }
        output.discard();
    }

    private void checkWritable() {
        if (finished) throw new IllegalStateException("video " + output.target() + " finished");
        if (released) throw new IllegalStateException("video " + output.target() + " closed");
    }

    private IOException failure(String what, Exception e) {
        return new IOException(what + " of " + output.target() + ": " + reason(e), e);
    }

    /** FFmpeg's error without JavaCV's hint about its log callback. */
    static String reason(Exception e) {
        return String.valueOf(e.getMessage()).replace(
                " (For more details, make sure FFmpegLogCallback.set() has been called.)", "");
    }

    private static void releaseQuietly(FFmpegFrameRecorder recorder) {
        if (recorder == null) return;
        try {
            recorder.release();
        } catch (FrameRecorder.Exception | RuntimeException ignored) {
            // releasing after a failure: the first error is the one that matters
        }
    }
}
