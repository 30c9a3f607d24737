package dev.longshot.media.encode;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_SPHERICAL;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_STEREO3D;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_side_data_add;
import static org.bytedeco.ffmpeg.global.avutil.AV_SPHERICAL_EQUIRECTANGULAR;
import static org.bytedeco.ffmpeg.global.avutil.AV_STEREO3D_TOPBOTTOM;
import static org.bytedeco.ffmpeg.global.avutil.av_spherical_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_stereo3d_alloc_size;

import java.lang.reflect.Field;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVSphericalMapping;
import org.bytedeco.ffmpeg.avutil.AVStereo3D;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.SizeTPointer;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * Tells players that a video is 360° equirectangular: a spherical mapping on the video
 * stream, which FFmpeg's MP4 muxer writes as the Spherical Video V2 {@code sv3d} box when the
 * index is written (the muxer needs {@code strict=unofficial} for it); for stereo, a
 * top-bottom stereo mode, written as the {@code st3d} box beside it. JavaCV keeps its video
 * stream private, so it is reached by reflection, once, right after the recorder started.
 */
public final class SphericalTag {
    private SphericalTag() {}

    /** The muxer option that lets the MP4 muxer write the spherical box. */
    public static void allow(FFmpegFrameRecorder recorder) {
        recorder.setOption("strict", "unofficial");
    }

    /**
     * Marks the started recorder's video stream as equirectangular 360°, and when
     * {@code topBottom} as stereo with the left eye on top.
     */
    public static void mark(FFmpegFrameRecorder recorder, boolean topBottom) {
        AVCodecParameters par = videoStream(recorder).codecpar();
        SizeTPointer size = new SizeTPointer(1);
        try {
            AVSphericalMapping mapping = av_spherical_alloc(size);
            if (mapping == null) throw new IllegalStateException("out of memory for spherical data");
            mapping.projection(AV_SPHERICAL_EQUIRECTANGULAR);
            add(par, AV_PKT_DATA_SPHERICAL, mapping, size.get());
            if (topBottom) {
                AVStereo3D mode = av_stereo3d_alloc_size(size);
                if (mode == null) throw new IllegalStateException("out of memory for stereo data");
                mode.type(AV_STEREO3D_TOPBOTTOM);
                add(par, AV_PKT_DATA_STEREO3D, mode, size.get());
            }
        } finally {
            size.close();
        }
    }

    // Takes ownership of the data; may move the array, so both are written back.
    private static void add(AVCodecParameters par, int type, Pointer data, long size) {
        try (PointerPointer<AVPacketSideData> list = new PointerPointer<>(1);
             IntPointer count = new IntPointer(1)) {
            list.put(0, par.coded_side_data());
            count.put(par.nb_coded_side_data());
            if (av_packet_side_data_add(list, count, type, data, size, 0) == null) {
                throw new IllegalStateException("cannot add side data " + type);
            }
            par.coded_side_data(new AVPacketSideData(list.get(0)));
            par.nb_coded_side_data(count.get());
        }
    }

    private static AVStream videoStream(FFmpegFrameRecorder recorder) {
        try {
            Field f = FFmpegFrameRecorder.class.getDeclaredField("video_st");
            f.setAccessible(true);
            AVStream st = (AVStream) f.get(recorder);
            if (st == null) throw new IllegalStateException("recorder has no video stream yet");
            return st;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this JavaCV keeps its video stream elsewhere", e);
        }
    }
}
