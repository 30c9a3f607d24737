package dev.longshot.media.provenance.watermark;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR0;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.longshot.media.decode.VideoReader;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * Tests only: what a re-upload does to a longshot MP4, in process (the FFmpeg executable needs
 * system libraries CI may not have): decode, drop the frames before the excerpt, change each
 * frame (scale, turn …) and encode again with x264 at a given CRF, as a platform would.
 */
final class ReEncoder {
    private ReEncoder() {}

    /**
     * @param skip   frames of {@code in} before the excerpt starts
     * @param frames frames the excerpt keeps
     * @param attack what happens to each frame before encoding; all outputs the same size
     * @param crf    x264 constant rate factor (23 is FFmpeg's default, 28 a small upload)
     */
    static void excerpt(Path in, Path out, int skip, int frames, UnaryOperator<Frame> attack,
            int crf) throws IOException {
        try (VideoReader reader = VideoReader.open(in)) {
            double fps = reader.info().fps();
            for (int i = 0; i < skip; i++) {
                if (reader.nextFrame() == null) throw new IOException("video ends before " + skip);
            }
            FFmpegFrameRecorder rec = null;
            ByteBuffer pixels = null;
            try {
                for (int i = 0; i < frames; i++) {
                    Frame f = reader.nextFrame();
                    if (f == null) break;
                    Frame a = attack.apply(f);
                    if (rec == null) {
                        rec = new FFmpegFrameRecorder(out.toFile(), a.width(), a.height(), 0);
                        rec.setFormat("mp4");
                        rec.setVideoCodecName("libx264");
                        rec.setPixelFormat(AV_PIX_FMT_YUV420P);
                        rec.setFrameRate(fps);
                        rec.setVideoBitrate(0);
                        rec.setVideoOption("preset", "veryfast");
                        rec.setVideoOption("crf", Integer.toString(crf));
                        rec.start();
                        pixels = ByteBuffer.allocateDirect(a.width() * a.height() * 4)
                                .order(ByteOrder.LITTLE_ENDIAN);
                    }
                    pixels.clear();
                    pixels.asIntBuffer().put(a.rgb());
                    rec.recordImage(a.width(), a.height(), org.bytedeco.javacv.Frame.DEPTH_UBYTE,
                            4, a.width() * 4, AV_PIX_FMT_BGR0, pixels);
                }
                if (rec != null) rec.stop();
            } finally {
                if (rec != null) rec.release();
            }
        }
    }

    /** Bilinear resize of the whole frame (pixel centres onto pixel centres). */
    static Frame scale(Frame f, int w, int h) {
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            double v = Math.max(0, Math.min(f.height() - 1.0001, (y + 0.5) * f.height() / h - 0.5));
            for (int x = 0; x < w; x++) {
                double u = Math.max(0, Math.min(f.width() - 1.0001,
                        (x + 0.5) * f.width() / w - 0.5));
                out[y * w + x] = sample(f, u, v);
            }
        }
        return new Frame(w, h, out, f.time());
    }

    /** The frame turned by {@code degrees} about its centre, same size, corners black. */
    static Frame rotate(Frame f, double degrees) {
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = (f.width() - 1) / 2.0;
        double cy = (f.height() - 1) / 2.0;
        int[] out = new int[f.rgb().length];
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                double u = cx + cos * (x - cx) - sin * (y - cy);
                double v = cy + sin * (x - cx) + cos * (y - cy);
                if (u < 0 || v < 0 || u > f.width() - 1.0001 || v > f.height() - 1.0001) continue;
                out[y * f.width() + x] = sample(f, u, v);
            }
        }
        return new Frame(f.width(), f.height(), out, f.time());
    }

    private static int sample(Frame f, double u, double v) {
        int x0 = (int) u;
        int y0 = (int) v;
        double fx = u - x0;
        double fy = v - y0;
        int[] p = f.rgb();
        int i = y0 * f.width() + x0;
        int result = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double top = (p[i] >>> shift & 0xFF) * (1 - fx) + (p[i + 1] >>> shift & 0xFF) * fx;
            double bot = (p[i + f.width()] >>> shift & 0xFF) * (1 - fx)
                    + (p[i + f.width() + 1] >>> shift & 0xFF) * fx;
            result |= (int) Math.round(top + fy * (bot - top)) << shift;
        }
        return result;
    }
}
