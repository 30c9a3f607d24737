package dev.longshot.media.provenance;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

import dev.longshot.director.SegmentFiles;
import dev.longshot.director.VideoFormat;
import dev.longshot.media.encode.RecorderSettings;
import dev.longshot.media.encode.SphericalTag;
import java.io.IOException;
import java.nio.Buffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Joins finished segments into one MP4 in this process, through FFmpeg's libraries: the video
 * by stream copy (each segment's packets in order, their timestamps moved on by the length of
 * the segments before it; no frame is encoded again), the sound — the segments' PCM in order —
 * encoded once over the whole as AAC-LC, and the container metadata written fresh. The same
 * segments always give the same bytes, whichever run made them.
 *
 * <p>Not the bundled {@code ffmpeg} program: it links the PulseAudio client library, which a
 * fresh machine lacks, and a run would fail only here, after rendering every segment.
 */
final class SegmentJoiner {
    private SegmentJoiner() {}

    /**
     * Writes segments {@code first} … {@code last} of {@code files} to {@code out}.
     *
     * @throws IOException naming FFmpeg's complaint, or the segment that does not fit the others
     */
    static void join(SegmentFiles files, int first, int last, VideoFormat format,
            Map<String, String> metadata, Path out) throws IOException {
        FFmpegFrameGrabber head = null;
        FFmpegFrameRecorder recorder = null;
        boolean stopped = false;
        try {
            // the first segment's streams shape the output's video stream; its context must
            // outlive the recorder, which reads every packet's time base from it
            head = openSegment(files.video(first));
            recorder = new FFmpegFrameRecorder(out.toFile(), format.width(), format.height(),
                    format.audioChannels());
            RecorderSettings.applyJoin(recorder, format);
            recorder.setMetadata(new LinkedHashMap<>(metadata));
            recorder.start(head.getFormatContext());
            // the copied stream keeps the segments' spherical mapping but not their stereo
            // mode: both are set again, as on a video written in one pass
            if (format.spherical()) SphericalTag.mark(recorder, format.stereo());
            AVStream video = videoStream(head.getFormatContext(), files.video(first));
            // a packet's length when the segment does not say (its last frame's, in mp4 it does)
            long frameTicks = Math.max(1, video.time_base().den()
                    / ((long) video.time_base().num() * format.fps()));
            long offset = 0; // where the next segment starts, in the video stream's time base
            for (int k = first; k <= last; k++) {
                FFmpegFrameGrabber g = k == first ? head : openSegment(files.video(k));
                try (PcmFeed sound = format.hasAudio()
                        ? new PcmFeed(recorder, format, files.audio(k)) : null) {
                    offset = copy(g, video, frameTicks, files.video(k), offset, recorder, sound);
                    if (sound != null) sound.feedRest();
                } finally {
                    if (g != head) closeQuietly(g);
                }
            }
            // drain the AAC encoder (JavaCV's stop() does not when it copies streams)
            while (format.hasAudio() && recorder.recordSamples(0, 0, (Buffer[]) null)) {
                // each call writes what the encoder still held
            }
            stopped = true;
            recorder.stop();
        } catch (FrameRecorder.Exception | FrameGrabber.Exception e) {
            throw new IOException("cannot join segments into " + out + ": "
                    + FfmpegWriter.reason(e), e);
        } finally {
            if (!stopped) releaseQuietly(recorder);
            if (head != null) closeQuietly(head);
        }
    }

    /**
     * Copies the video packets of one segment, shifted to start at {@code offset}, and the
     * sound that goes with them; returns where the segment ends.
     */
    private static long copy(FFmpegFrameGrabber g, AVStream video, long frameTicks, Path file,
            long offset, FFmpegFrameRecorder recorder, PcmFeed sound)
            throws IOException, FrameGrabber.Exception, FrameRecorder.Exception {
        AVStream own = videoStream(g.getFormatContext(), file);
        requireSameStream(own, video, file);
        long shift = Long.MIN_VALUE;
        long end = offset;
        long frames = 0;
        for (AVPacket p; (p = g.grabPacket()) != null; ) {
            if (p.stream_index() != own.index()) {
                av_packet_unref(p);
                continue;
            }
            if (p.pts() == AV_NOPTS_VALUE || p.dts() == AV_NOPTS_VALUE) {
                av_packet_unref(p);
                throw new IOException(file + ": a video packet without a timestamp");
            }
            // a segment starts on a key frame of a closed GOP: its first packet shows first
            if (shift == Long.MIN_VALUE) shift = offset - p.pts();
            p.pts(p.pts() + shift);
            p.dts(p.dts() + shift);
            p.stream_index(video.index());
            end = Math.max(end, p.pts() + (p.duration() > 0 ? p.duration() : frameTicks));
            recorder.recordPacket(p);
            frames++;
            if (sound != null) sound.feedThrough(frames);
        }
        if (frames == 0) throw new IOException(file + ": a segment without video");
        return end;
    }

    private static FFmpegFrameGrabber openSegment(Path file) throws IOException {
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
        try {
            g.start();
            return g;
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(g);
            throw new IOException("cannot read segment " + file + ": "
                    + FfmpegWriter.reason(e), e);
        }
    }

    private static AVStream videoStream(AVFormatContext c, Path file) throws IOException {
        for (int i = 0; i < c.nb_streams(); i++) {
            if (c.streams(i).codecpar().codec_type() == AVMEDIA_TYPE_VIDEO) return c.streams(i);
        }
        throw new IOException(file + ": a segment without a video stream");
    }

    /** Stream copy is only sound between streams an encoder made with the same settings. */
    private static void requireSameStream(AVStream s, AVStream first, Path file)
            throws IOException {
        AVCodecParameters a = s.codecpar();
        AVCodecParameters b = first.codecpar();
        boolean same = a.codec_id() == b.codec_id() && a.width() == b.width()
                && a.height() == b.height() && a.format() == b.format()
                && s.time_base().num() == first.time_base().num()
                && s.time_base().den() == first.time_base().den()
                && Arrays.equals(extradata(a), extradata(b));
        if (!same) {
            throw new IOException(file + ": encoded differently from the first segment joined"
                    + " (codec, size, time base or parameter sets); make it again with --restart");
        }
    }

    private static byte[] extradata(AVCodecParameters p) {
        byte[] b = new byte[Math.max(0, p.extradata_size())];
        if (b.length > 0) p.extradata().get(b);
        return b;
    }

    private static void releaseQuietly(FFmpegFrameRecorder r) {
        if (r == null) return;
        try {
            r.release();
        } catch (FrameRecorder.Exception | RuntimeException ignored) {
            // already failing: the first error is the one to report
        }
    }

    private static void closeQuietly(FFmpegFrameGrabber g) {
        try {
            g.close();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // the join's own outcome is the one to report
        }
    }
}
