package dev.longshot.media.provenance;

import dev.longshot.director.SegmentFiles;
import dev.longshot.director.VideoFormat;
import dev.longshot.director.VideoSink;
import dev.longshot.media.provenance.c2pa.C2paSealer;
import dev.longshot.media.provenance.c2pa.ClaimFacts;
import dev.longshot.media.provenance.c2pa.SigningIdentity;
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
 * A video made in fixed segments (resume, excerpts). Each frame is labelled and watermarked
 * with its true timecode ({@link MarkingSink}) and goes to the encoder of its segment, which
 * starts on a key frame with fixed settings; each second's sound goes to the segment's PCM.
 * A segment that is complete is recorded in {@link SegmentFiles}; one already finished, or
 * outside the seconds asked for, is not written again. {@link #finish()} joins the segments
 * asked for by stream copy, muxes the sound once over the whole, writes the metadata, seals
 * the C2PA manifest and publishes the file.
 */
final class SegmentedVideoWriter implements VideoSink {
    private final OutputFile output;
    private final VideoFormat format;
    private final VideoFormat segmentFormat;
    private final Map<String, String> metadata;
    private final ContentId id;
    private final LabelMode label;
    private final ClaimFacts facts;
    private final SigningIdentity signer;
    private final SegmentFiles files;
    private final int firstSegment;
    private final int lastSegment;

    private int open = -1; // the segment being written, -1 none
    private VideoSink video;
    private Path audioPartial;
    private OutputStream audio;
    private int dropping = -1; // a segment whose frames are not written
    private boolean finished;

    /** The segments {@code firstSegment} … {@code lastSegment} make the file. */
    record Span(int firstSegment, int lastSegment) {}

    SegmentedVideoWriter(OutputFile output, VideoFormat format, Map<String, String> metadata,
            LabelMode label, SigningIdentity signer, SegmentFiles files, Span span) {
        this.output = output;
        this.format = format;
        this.segmentFormat = new VideoFormat(format.width(), format.height(), format.fps(),
                format.codec(), format.audioSampleRate(), 0, format.spherical(), format.stereo());
        this.metadata = metadata;
        this.id = HonestMetadata.require(metadata);
        this.label = label;
        this.facts = HonestMetadata.claimFacts(metadata);
        this.signer = signer;
        this.files = files;
        this.firstSegment = span.firstSegment();
        this.lastSegment = span.lastSegment();
    }

    @Override
    public void writeFrame(Frame frame) throws IOException {
        checkOpen();
        int k = (int) (frame.time().frame() / format.fps() / files.segmentSeconds());
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
            dev.longshot.director.FilePublisher.publish(audioPartial, files.audio(k));
            files.finish(k);
        } finally {
            Files.deleteIfExists(audioPartial);
        }
    }

    @Override
    public void finish() throws IOException {
        checkOpen();
        closeSegment();
        for (int k = firstSegment; k <= lastSegment; k++) {
            if (!files.finished(k)) throw new IllegalStateException("segment " + k + " missing");
        }
        SegmentJoiner.join(files, firstSegment, lastSegment, format, metadata, output.partial());
        try {
            C2paSealer.seal(output.partial(), facts, signer);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot seal " + output.target() + ": " + e.getMessage(), e);
        }
        output.commit();
        finished = true;
    }

    @Override
    public void close() throws IOException {
        if (finished) return;
        finished = true;
        try {
            if (open >= 0) {
                open = -1;
                try (VideoSink v = video; OutputStream a = audio) {
                    // closing an unfinished segment deletes its partial files
                } finally {
                    Files.deleteIfExists(audioPartial);
                }
            }
        } finally {
            output.discard();
        }
    }

    private void checkOpen() {
        if (finished) throw new IllegalStateException("video " + output.target() + " finished");
    }
}
