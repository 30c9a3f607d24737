package dev.longshot.media.provenance;

import dev.longshot.director.VideoFormat;
import dev.longshot.director.FrameFilterSink;
import dev.longshot.director.VideoSink;
import dev.longshot.media.provenance.watermark.WatermarkEmbedder;
import dev.longshot.render.Frame;
import java.io.IOException;

/**
 * The Labeler/Watermarker stage: stamps the visible label (unless {@link LabelMode#NONE}) and
 * always embeds the invisible watermark into each frame, in order, then hands it to the
 * inner. There is deliberately no way to turn the watermark off.
 *
 * <p>Frames are copied before marking: the director may still hold the rendered picture (for
 * validation against the next frame), and that copy must stay the unmarked render.
 */
public final class MarkingSink extends FrameFilterSink {
    private final VisibleLabel label;
    private final WatermarkEmbedder watermark;
    private final VideoFormat format;

    /**
     * @param encoder where marked frames go; closed with this sink
     * @param format  the video's size and frame rate
     * @param id      the video's content ID, carried by the watermark
     * @param mode    the visible label
     */
    public MarkingSink(VideoSink encoder, VideoFormat format, ContentId id, LabelMode mode) {
        super(encoder);
        this.format = format;
        this.label = VisibleLabel.of(mode, format);
        this.watermark = new WatermarkEmbedder(format.width(), format.height(), format.fps(), id);
    }

    @Override
    public void writeFrame(Frame frame) throws IOException {
        if (frame.width() != format.width() || frame.height() != format.height()
                || frame.time().fps() != format.fps()) {
            throw new IllegalArgumentException("frame " + frame.width() + "x" + frame.height()
                    + " @ " + frame.time().fps() + " fps does not match the video");
        }
        int[] rgb = frame.rgb().clone();
        long index = frame.time().frame();
        label.stamp(rgb, index);
        watermark.mark(rgb, index);
        inner.writeFrame(new Frame(frame.width(), frame.height(), rgb, frame.time()));
    }
}
