package dev.longshot.media.decode;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avformat.avformat_index_get_entries_count;
import static org.bytedeco.ffmpeg.global.avformat.avformat_index_get_entry;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AV_DICT_IGNORE_SUFFIX;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR0;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;
import static org.bytedeco.ffmpeg.global.swscale.SWS_ACCURATE_RND;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BITEXACT;

import dev.longshot.render.Frame;
import dev.longshot.world.Timecode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIndexEntry;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes a video file frame by frame into {@code 0x00RRGGBB} pixels. Opening checks the file
 * thoroughly — missing, a directory, empty, not a video, truncated — so that later reads see a
 * sound file. Not thread-safe.
 */
public final class VideoReader implements AutoCloseable {
    static {
        avutil.av_log_set_level(AV_LOG_ERROR);
    }

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final VideoInfo info;
    private final int timecodeFps;
    private long nextIndex;

    private VideoReader(Path file, FFmpegFrameGrabber grabber, VideoInfo info) {
        this.file = file;
        this.grabber = grabber;
        this.info = info;
        this.timecodeFps = (int) Math.max(1, Math.round(info.fps()));
    }

    /**
     * Opens {@code file} for decoding.
     *
     * @throws IOException naming the file and what is wrong with it: missing, a directory,
     *                     unreadable, empty, not a video FFmpeg recognises, without a video
     *                     stream, or truncated or corrupt
     */
    public static VideoReader open(Path file) throws IOException {
        return open(file, 0, 0);
    }

    /**
     * Opens {@code file} for decoding, its frames scaled to {@code width}×{@code height} by
     * FFmpeg (0×0: as stored). Scaling in the decoder's converter keeps a long video's scan
     * cheap where only coarse figures are wanted.
     *
     * @throws IOException as {@link #open(Path)}
     */
    public static VideoReader open(Path file, int width, int height) throws IOException {
        if (width < 0 || height < 0 || (width == 0) != (height == 0)) {
            throw new IllegalArgumentException("scaled size " + width + "x" + height);
        }
        checkFile(file);
        if (looksLikeText(file)) {
            throw new IOException(file + ": not a video file (it holds text)");
        }
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setPixelFormat(AV_PIX_FMT_BGR0);
        grabber.setImageScalingFlags(SWS_BILINEAR | SWS_BITEXACT | SWS_ACCURATE_RND);
        if (width > 0) {
            grabber.setImageWidth(width);
            grabber.setImageHeight(height);
        }
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            Grabbers.closeQuietly(grabber);
            String what = looksLikeIsoMedia(file)
                    ? "truncated or corrupt MP4/QuickTime file"
                    : "not a video file FFmpeg recognises";
            throw new IOException(file + ": " + what + " (FFmpeg: " + Grabbers.reason(e) + ")", e);
        }
        try {
            VideoInfo info = describe(file, grabber);
            return new VideoReader(file, grabber, info);
        } catch (IOException | RuntimeException e) {
            Grabbers.closeQuietly(grabber);
            throw e;
        }
    }

    private static void checkFile(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a directory, not a video file");
        }
        if (!Files.exists(file)) throw new IOException(file + ": no such file");
        if (!Files.isRegularFile(file)) throw new IOException(file + ": not a regular file");
        if (!Files.isReadable(file)) throw new IOException(file + ": not readable");
        if (Files.size(file) == 0) throw new IOException(file + ": empty file (0 bytes)");
    }

    /**
     * True when the first 512 bytes are printable text. Every video container starts with
     * binary header fields; FFmpeg would otherwise play a {@code .txt} file as ANSI art.
     */
    private static boolean looksLikeText(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        }
        for (byte b : head) {
            int c = b & 0xFF;
            boolean control = c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
            if (control || c == 0x7F) return false;
        }
        return head.length > 0;
    }

    /** FFmpeg's error without JavaCV's hints about its own API. */

    /** True when the file starts like an ISO media file (MP4, MOV): a box named 'ftyp'. */
    private static boolean looksLikeIsoMedia(Path file) {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 8) < 8) return false;
        } catch (IOException e) {
            return false;
        }
        String box = new String(head, 4, 4, StandardCharsets.ISO_8859_1);
        return box.equals("ftyp") || box.equals("moov") || box.equals("mdat");
    }

    private static VideoInfo describe(Path file, FFmpegFrameGrabber g) throws IOException {
        AVFormatContext oc = g.getFormatContext();
        AVStream video = null;
        AVStream audio = null;
        for (int i = 0; i < oc.nb_streams(); i++) {
            AVStream st = oc.streams(i);
            int type = st.codecpar().codec_type();
            if (type == AVMEDIA_TYPE_VIDEO && video == null
                    && (st.disposition() & AV_DISPOSITION_ATTACHED_PIC) == 0) {
                video = st;
            } else if (type == AVMEDIA_TYPE_AUDIO && audio == null) {
                audio = st;
            }
        }
        if (video == null || g.getImageWidth() <= 0 || g.getImageHeight() <= 0) {
            throw new IOException(file + ": has no video stream");
        }
        String demuxer = oc.iformat().name().getString();
        if (demuxer.equals("tty")) throw new IOException(file + ": not a video file (text)");
        checkIndexInsideFile(file, oc);

        double fps = g.getVideoFrameRate() > 0 ? g.getVideoFrameRate() : g.getFrameRate();
        double duration = Math.max(0, g.getLengthInTime()) / 1e6;
        if (!(fps > 0) || !(duration > 0)) {
            throw new IOException(file + ": truncated or corrupt (no frame rate or duration)");
        }
        long frames = video.nb_frames() > 0 ? video.nb_frames() : Math.round(duration * fps);

        Map<String, String> metadata = metadata(oc.metadata());
        return new VideoInfo(g.getImageWidth(), g.getImageHeight(), fps, duration, frames,
                codecName(video), audio != null, audio == null ? "" : codecName(audio),
                audio == null ? 0 : audio.codecpar().sample_rate(), metadata);
    }

    /**
     * Fails when the container's sample index points past the end of the file — what an MP4
     * cut short looks like when its index (moov) sits at the front.
     */
    private static void checkIndexInsideFile(Path file, AVFormatContext oc) throws IOException {
        long size = Files.size(file);
        for (int i = 0; i < oc.nb_streams(); i++) {
            AVStream st = oc.streams(i);
            int n = avformat_index_get_entries_count(st);
            if (n <= 0) continue;
            AVIndexEntry last = avformat_index_get_entry(st, n - 1);
            if (last == null) continue;
            long end = last.pos() + last.size();
            if (end > size) {
                throw new IOException(file + ": truncated or corrupt: its index needs "
                        + end + " bytes but the file has " + size);
            }
        }
    }

    /** Every entry of an FFmpeg dictionary, in its order. */
    private static Map<String, String> metadata(AVDictionary dict) {
        Map<String, String> m = new LinkedHashMap<>();
        if (dict == null) return m;
        AVDictionaryEntry e = null;
        while ((e = av_dict_get(dict, "", e, AV_DICT_IGNORE_SUFFIX)) != null) {
            m.put(e.key().getString(StandardCharsets.UTF_8),
                    e.value().getString(StandardCharsets.UTF_8));
        }
        return m;
    }

    private static String codecName(AVStream st) {
        return avcodec_get_name(st.codecpar().codec_id()).getString();
    }

    /** The file's description, read when it was opened. */
    public VideoInfo info() {
        return info;
    }

    /**
     * Decodes the next frame.
     *
     * @return the frame, its timecode counted from 0 at the stream's frame rate (rounded), or
     *         {@code null} after the last frame
     * @throws IOException when the data cannot be decoded
     */
    public Frame nextFrame() throws IOException {
        org.bytedeco.javacv.Frame f;
        try {
            f = grabber.grabImage();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new IOException(file + ": cannot decode frame " + nextIndex
                    + ", truncated or corrupt (FFmpeg: " + Grabbers.reason(e) + ")", e);
        }
        if (f == null || f.image == null) return null;
        int[] rgb = toRgb(f);
        return new Frame(f.imageWidth, f.imageHeight, rgb, new Timecode(nextIndex++, timecodeFps));
    }

    /** Packed B,G,R,X bytes to {@code 0x00RRGGBB} ints (the X byte is cleared). */
    private static int[] toRgb(org.bytedeco.javacv.Frame f) {
        int w = f.imageWidth;
        int h = f.imageHeight;
        int stride = f.imageStride; // bytes per row, since depth is 8 bits
        ByteBuffer bytes = ((ByteBuffer) f.image[0]).duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int[] rgb = new int[w * h];
        if (stride == w * 4) {
            bytes.position(0);
            bytes.asIntBuffer().get(rgb);
        } else {
            for (int y = 0; y < h; y++) {
                bytes.position(y * stride);
                IntBuffer row = bytes.asIntBuffer();
                row.get(rgb, y * w, w);
            }
        }
        for (int i = 0; i < rgb.length; i++) rgb[i] &= 0x00FF_FFFF;
        return rgb;
    }

    @Override
    public void close() throws IOException {
        Grabbers.close(grabber, file);
    }

}
