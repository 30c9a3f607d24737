package dev.longshot.media.provenance;

import dev.longshot.director.SegmentFiles;
import dev.longshot.director.VideoFormat;
import dev.longshot.director.VideoSink;
import dev.longshot.media.provenance.c2pa.C2paSealer;
import dev.longshot.media.provenance.c2pa.ClaimFacts;
import dev.longshot.media.provenance.c2pa.SigningIdentity;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.util.Map;

/**
 * A video made in fixed segments (resume, excerpts): the segments are written as their frames
 * arrive ({@link SegmentWriter}); {@link #finish()} joins the segments asked for by stream
 * copy, muxes the sound once over the whole, writes the metadata, seals the C2PA manifest and
 * publishes the file.
 */
final class SegmentedVideoWriter implements VideoSink {
    private final OutputFile output;
    private final VideoFormat format;
    private final Map<String, String> metadata;
    private final ClaimFacts facts;
    private final SigningIdentity signer;
    private final SegmentFiles files;
    private final SegmentWriter.Span span;
    private final SegmentWriter segments;
    private boolean finished;

    SegmentedVideoWriter(OutputFile output, VideoFormat format, Map<String, String> metadata,
            LabelMode label, SigningIdentity signer, SegmentFiles files, SegmentWriter.Span span) {
        this.output = output;
        this.format = format;
        this.metadata = metadata;
        this.facts = HonestMetadata.claimFacts(metadata);
        this.signer = signer;
        this.files = files;
        this.span = span;
        this.segments = new SegmentWriter(format, metadata, label, files, span);
    }

    @Override
    public void writeFrame(Frame frame) throws IOException {
        checkOpen();
        segments.writeFrame(frame);
    }

    @Override
    public void writeAudio(short[] samples) throws IOException {
        checkOpen();
        segments.writeAudio(samples);
    }

    @Override
    public void finish() throws IOException {
        checkOpen();
        segments.finish();
        SegmentJoiner.join(files, span.firstSegment(), span.lastSegment(), format, metadata,
                output.partial());
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
            segments.close();
        } finally {
            output.discard();
        }
    }

    private void checkOpen() {
        if (finished) throw new IllegalStateException("video " + output.target() + " finished");
    }
}
