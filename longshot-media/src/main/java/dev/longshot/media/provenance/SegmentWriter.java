package dev.longshot.media.provenance;

import dev.longshot.director.FilePublisher;
import dev.longshot.director.SegmentFiles;
import dev.longshot.director.VideoFormat;
import dev.longshot.director.VideoSink;
import dev.longshot.render.Frame;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Frames and sound into the segment files of a segmented run, and no further: each frame is
 * labelled and watermarked with its true timecode ({@link MarkingSink}) and goes to the encoder
 * of its segment, which starts on a key frame with fixed settings; each second's sound goes to
 * the segment's PCM. A complete segment is recorded in {@link SegmentFiles}; one already
 * finished, or outside the span, is not written again. {@link #finish()} completes the open
 * segment. The file made of the segments is {@link SegmentedVideoWriter}'s (one process) or
 * the driver's (Spark), never a worker's.
 */
final class SegmentWriter implements VideoSink {
    private final VideoFormat segmentFormat;
    private final int fps;
    private final Map<String, String> metadata;
    private final ContentId id;
    private final LabelMode label;
    private final SegmentFiles files;
    private final int firstSegment;
    private final int lastSegment;

    private int open = -1; // the segment being written, -1 none
    private VideoSink video;
    private Path audioPartial;
    private OutputStream audio;
    private int dropping = -1; // a segment whose frames are not written
    private boolean over;

    /** The segments {@code firstSegment} … {@code lastSegment} are written. */
    record Span(int firstSegment, int lastSegment) {}

    SegmentWriter(VideoFormat format, Map<String, String> metadata, LabelMode label,
            SegmentFiles files, Span span) {
        // the sound is muxed once over the joined whole, so segments carry none
        this.segmentFormat = new VideoFormat(format.width(), format.height(), format.fps(),
                format.codec(), format.audioSampleRate(), 0, format.spherical(), format.stereo());
        this.fps = format.fps();
        this.metadata = metadata;
        this.id = HonestMetadata.require(metadata);
        this.label = label;
        this.files = files;
        this.firstSegment = span.firstSegment();
        this.lastSegment = span.lastSegment();
    }

    @Override
    public void writeFrame(Frame frame) throws IOException {
        checkOpen();
        int k = (int) (frame.time().frame() / fps / files.segmentSeconds());
        if (k != open && k != dropping) {
            closeSegment();
            if (k < firstSegment || k > lastSegment || files.finished(k)) {
                dropping = k;
            } else {
                openSegment(k);
            }
        }
        if (k == open) video.writeFrame(frame);
    }

    @Override
    public void writeAudio(short[] samples) throws IOException {
        checkOpen();
        if (open < 0) return; // the sound of a second not written
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.asShortBuffer().put(samples);
        audio.write(b.array());
    }

    private void openSegment(int k) throws IOException {
        dropping = -1;
        audioPartial = files.audio(k).resolveSibling(files.audio(k).getFileName() + ".partial");
        audio = new BufferedOutputStream(Files.newOutputStream(audioPartial), 1 << 16);
        try {
            FfmpegWriter encoder = FfmpegWriter.openSegment(files.video(k), segmentFormat,
                    metadata);
            video = new MarkingSink(encoder, segmentFormat, id, label);
        } catch (IOException | RuntimeException e) {
            audio.close();
            Files.deleteIfExists(audioPartial);
            throw e;
        }
        open = k;
    }

    /** Completes the open segment, if any: both files in place, then its checksums. */
    private void closeSegment() throws IOException {
        if (open < 0) return;
        int k = open;
        open = -1;
        try (VideoSink v = video) {
            audio.close();
            v.finish();
            FilePublisher.publish(audioPartial, files.audio(k));
            files.finish(k);
        } finally {
            Files.deleteIfExists(audioPartial);
        }
    }

    /** Completes the open segment; every segment of the span must then be finished. */
    @Override
    public void finish() throws IOException {
        checkOpen();
        closeSegment();
        over = true;
        for (int k = firstSegment; k <= lastSegment; k++) {
            if (!files.finished(k)) throw new IllegalStateException("segment " + k + " missing");
        }
    }

    /** Deletes the open segment's partial files, unless finished. */
    @Override
    public void close() throws IOException {
        if (over) return;
        over = true;
        if (open >= 0) {
            open = -1;
            try (VideoSink v = video; OutputStream a = audio) {
                // closing an unfinished segment deletes its partial files
            } finally {
                Files.deleteIfExists(audioPartial);
            }
        }
    }

    private void checkOpen() {
        if (over) throw new IllegalStateException("segment writer finished or closed");
    }
}
