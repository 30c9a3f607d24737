package dev.longshot.cli;

import dev.longshot.media.decode.VideoInfo;
import dev.longshot.media.decode.VideoReader;
import dev.longshot.media.provenance.ProvenanceMetadata;
import dev.longshot.media.provenance.c2pa.C2paVerifier;
import dev.longshot.media.provenance.c2pa.ManifestCheck;
import dev.longshot.media.provenance.c2pa.SigningIdentity;
import dev.longshot.media.provenance.watermark.Detection;
import dev.longshot.media.provenance.WatermarkSource;
import dev.longshot.media.provenance.watermark.WatermarkDetector;
import dev.longshot.render.Frame;
import dev.longshot.world.Timecode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code longshot verify}: is this video (or an excerpt of one, re-encoded, scaled or cropped)
 * a longshot output? The watermark, the C2PA manifest (hash binding, signature, chain, trust)
 * and the metadata; a PNG (contact sheet) is read for its text chunks and its watermark. Exit 0
 * when the watermark is found (for a PNG: or its text says AI-generated), 1 when not, 2 when
 * the file is not readable.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a video (or contact-sheet PNG) for longshot's watermark, C2PA manifest"
                + " and AI-generated metadata.")
final class VerifyCommand implements Callable<Integer> {
    /** Metadata keys worth showing, in this order, when present. */
    private static final String[] SHOWN = {
        ProvenanceMetadata.GENERATOR, ProvenanceMetadata.AI_GENERATED, ProvenanceMetadata.LABEL,
        ProvenanceMetadata.CONTENT_ID, ProvenanceMetadata.STORYBOARD_SHA256,
        ProvenanceMetadata.SEED, ProvenanceMetadata.SETTINGS, ProvenanceMetadata.CREATION_TIME,
        ProvenanceMetadata.AIGC, "comment"};

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VIDEO", description = "Video file (any format FFmpeg reads).")
    Path video;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Option(names = "--max-seconds", defaultValue = "60", paramLabel = "S",
            description = "Examine at most the first S seconds (default: 60).")
    double maxSeconds;

    @Option(names = "--trust", paramLabel = "ANCHORS.pem",
            description = "Root certificates whose C2PA signers count as trusted (e.g. the"
                    + " root.pem beside this installation's signing key).")
    Path trust;

    /** The watermark is specified for excerpts of this length or more. */
    static final double MIN_SECONDS = 10;
    /** Below this visible fraction the picture was cropped; above, the grid search's step. */
    static final double UNCROPPED = 0.99;

    @Override
    public Integer call() {
        if (!(maxSeconds >= 1)) throw new UserError("--max-seconds must be at least 1");
        List<X509Certificate> anchors = anchors();
        if (PngText.isPng(video)) return still(anchors);
        VideoInfo info;
        Detection d;
        ManifestCheck c2pa;
        try {
            try (VideoReader probe = VideoReader.open(video)) {
                info = probe.info();
            }
            d = WatermarkDetector.detect(WatermarkSource.of(video), info.fps(), maxSeconds);
            c2pa = C2paVerifier.check(video, anchors);
        } catch (IOException e) {
            throw new UserError(e.getMessage(), e);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (String k : SHOWN) {
            String v = info.metadata().get(k);
            if (v != null) meta.put(k, v);
        }
        Report r = new Report(d, range(d, c2pa, info.durationSeconds()),
                reason(d, d.framesExamined() / info.fps()),
                framing(d, info, info.metadata().get(ProvenanceMetadata.SETTINGS)), c2pa, meta,
                d.framesExamined() / info.fps() < MIN_SECONDS);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(r) : text(r));
        out.flush();
        return d.found() ? ExitCode.OK : ExitCode.NEGATIVE;
    }

    /**
     * What one check found.
     *
     * @param range   where the file sits in the original, seconds; null when not read
     * @param reason  why the watermark was not found; null when it was
     * @param framing cropped or whole frame, in words; null when nothing is worth saying
     */
    record Report(Detection d, double[] range, String reason, String framing, ManifestCheck c2pa,
            Map<String, String> meta, boolean shortOfTime) {}

    private List<X509Certificate> anchors() {
        if (trust == null) return List.of();
        try {
            List<X509Certificate> certs = SigningIdentity.readCertificates(trust);
            if (certs.isEmpty()) throw new UserError(trust + ": no certificate in it");
            return certs;
        } catch (IOException e) {
            throw new UserError("cannot read --trust " + e.getMessage(), e);
        }
    }

    /**
     * The file's place in the original, kept inside what can be true: it cannot start before
     * 0, and a file whose C2PA hash binding holds is byte for byte a video longshot signed —
     * the whole original, or an excerpt longshot made ({@code generate --from}) — and both
     * start on a whole second of the original, so the watermark's start is rounded to it.
     */
    static double[] range(Detection d, ManifestCheck c2pa, double duration) {
        if (!d.timeFound()) return null;
        boolean intact = c2pa.state() == ManifestCheck.State.VALID
                || c2pa.state() == ManifestCheck.State.TRUSTED;
        double start = Math.max(0, intact ? Math.rint(d.startSeconds()) : d.startSeconds());
        return new double[] {start, start + duration};
    }

    /**
     * Why the start is withheld although the ID was found (the time code too weak to trust
     * bit by bit), in words; null when the start was read or there is nothing to place. A
     * wrong start (a high bit of the time code misread) would point hours away; none is better.
     */
    static String startDoubt(Report r) {
        if (r.range() != null || r.shortOfTime()) return null;
        return r.d().timeDoubt().orElse(null);
    }

    /** Why the watermark was not found, in words; null when it was. */
    static String reason(Detection d, double examinedSeconds) {
        if (d.found()) return null;
        if (examinedSeconds < MIN_SECONDS) {
            return String.format(Locale.ROOT, "too short to decide: %.1f s of video, the"
                    + " watermark needs at least %.0f s", examinedSeconds, MIN_SECONDS);
        }
        if (d.syncZ() >= WatermarkDetector.Z_MIN) {
            return String.format(Locale.ROOT, "a mark-like pattern is there (z %.1f) but the"
                    + " content ID is unreadable", d.syncZ());
        }
        return String.format(Locale.ROOT, "score below the threshold (z %.1f < %.1f)",
                d.syncZ(), WatermarkDetector.Z_MIN);
    }

    /**
     * Cropped only when more is missing than the detector's size search can resolve; a
     * whole frame at another size than the original's is scaled.
     *
     * @param settings the metadata's settings ({@code 1280x720 24fps h264}), or null
     */
    static String framing(Detection d, VideoInfo info, String settings) {
        if (!d.found()) return null;
        if (d.visibleWidth() < UNCROPPED || d.visibleHeight() < UNCROPPED) {
            return String.format(Locale.ROOT, "shows %.0f%% x %.0f%% of the original frame"
                    + " (cropped)", 100 * d.visibleWidth(), 100 * d.visibleHeight());
        }
        String size = info.width() + "x" + info.height();
        String original = settings == null ? "" : settings.split(" ")[0];
        return original.matches("\\d+x\\d+") && !original.equals(size)
                ? "whole frame, scaled from " + original + " to " + size
                : null;
    }

    /** A still (a contact sheet): its text chunks and the watermark on the one picture. */
    private Integer still(List<X509Certificate> anchors) {
        PngText png;
        Detection d;
        ManifestCheck c2pa;
        try {
            png = PngText.read(video);
            c2pa = C2paVerifier.check(video, anchors);
            Frame f = new Frame(png.image().getWidth(), png.image().getHeight(),
                    png.image().getRGB(0, 0, png.image().getWidth(), png.image().getHeight(),
                            null, 0, png.image().getWidth()), new Timecode(0, 1));
            d = WatermarkDetector.detect(() -> new OneFrame(f), 1, 1);
        } catch (IOException e) {
            throw new UserError(e.getMessage(), e);
        }
        Map<String, String> meta = new LinkedHashMap<>(png.text());
        String reason = d.found() ? null : "a still: the watermark is specified for video of"
                + String.format(Locale.ROOT, " %.0f s or more; ", MIN_SECONDS)
                + reason(d, MIN_SECONDS);
        Report r = new Report(d, null, reason, null, c2pa, meta, false);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(r) : text(r));
        out.flush();
        return d.found() || meta.containsKey(ProvenanceMetadata.AI_GENERATED) ? ExitCode.OK
                : ExitCode.NEGATIVE;
    }

    /** One decoded picture as a frame source. */
    private static final class OneFrame implements WatermarkDetector.Frames {
        private Frame frame;

        OneFrame(Frame frame) {
            this.frame = frame;
        }

        @Override
        public Frame next() {
            Frame f = frame;
            frame = null;
            return f;
        }

        @Override
        public void close() {
            frame = null;
        }
    }

    String text(Report r) {
        Detection d = r.d();
        StringBuilder s = new StringBuilder();
        s.append(video).append('\n');
        if (d.found()) {
            s.append(String.format(Locale.ROOT,
                    "  watermark:  FOUND — AI-generated by longshot (confidence %s, z %.1f)%n",
                    confidence(d), d.syncZ()));
            s.append("  content ID: ").append(d.contentId().orElseThrow()).append('\n');
            if (r.range() != null) {
                s.append(String.format(Locale.ROOT,
                        "  excerpt:    %s – %s of the original video%n",
                        clock(r.range()[0]), clock(r.range()[1])));
            } else if (!PngText.isPng(video) && startDoubt(r) != null) {
                s.append("  excerpt:    ID found; start time uncertain: ").append(startDoubt(r))
                        .append('\n');
            } else if (!PngText.isPng(video)) {
                s.append("  excerpt:    position in the original not readable")
                        .append(r.shortOfTime() ? String.format(Locale.ROOT,
                                ": too short (needs at least %.0f s)", MIN_SECONDS) : "")
                        .append('\n');
            }
            if (d.mirrored()) s.append("  mirrored:   yes — flipped left to right\n");
            if (r.framing() != null) s.append("  framing:    ").append(r.framing()).append('\n');
        } else {
            s.append(String.format(Locale.ROOT,
                    "  watermark:  not found — %s (%d frames examined)%n", r.reason(),
                    d.framesExamined()));
        }
        s.append("  C2PA:       ").append(c2paText(r.c2pa())).append('\n');
        if (r.meta().isEmpty()) {
            s.append("  metadata:   no longshot metadata\n");
        } else {
            s.append(PngText.isPng(video) ? "  PNG text chunks:\n" : "  metadata:\n");
            r.meta().forEach((k, v) -> s.append("    ").append(k).append(": ").append(v)
                    .append('\n'));
        }
        return s.toString();
    }

    private String c2paText(ManifestCheck c) {
        String ai = c.aiGenerated() ? "; states AI-generated (trainedAlgorithmicMedia)" : "";
        return switch (c.state()) {
            case NONE -> "no manifest";
            case INVALID -> "INVALID (" + String.join(", ", c.problems()) + ")"
                    + (c.problems().contains("assertion.bmffHash.mismatch")
                            ? " — the file changed after it was signed" : "");
            case VALID -> "valid, signed by " + c.signer() + ai + "; signer not trusted"
                    + (trust == null ? " (no --trust anchors given)" : " by the --trust anchors");
            case TRUSTED -> "valid and trusted, signed by " + c.signer() + ai;
        };
    }

    private String json(Report r) {
        Detection d = r.d();
        StringBuilder s = new StringBuilder("{");
        s.append("\"file\":").append(quote(video.toString()));
        s.append(",\"found\":").append(d.found());
        s.append(",\"reason\":").append(r.reason() == null ? "null" : quote(r.reason()));
        s.append(",\"confidence\":").append(confidence(d));
        s.append(String.format(Locale.ROOT, ",\"z\":%.3f", d.syncZ()));
        s.append(",\"contentId\":").append(d.contentId().map(c -> quote(c.toString())).orElse("null"));
        if (r.range() != null) {
            s.append(String.format(Locale.ROOT, ",\"originalStart\":%.3f,\"originalEnd\":%.3f",
                    r.range()[0], r.range()[1]));
        } else {
            s.append(",\"originalStart\":null,\"originalEnd\":null");
        }
        String doubt = PngText.isPng(video) ? null : startDoubt(r);
        s.append(",\"startUncertain\":").append(doubt == null ? "null" : quote(doubt));
        s.append(String.format(Locale.ROOT, ",\"visibleWidth\":%.3f,\"visibleHeight\":%.3f",
                d.visibleWidth(), d.visibleHeight()));
        s.append(",\"cropped\":").append(r.framing() != null && r.framing().endsWith("(cropped)"));
        s.append(",\"framesExamined\":").append(d.framesExamined());
        s.append(",\"mirrored\":").append(d.mirrored());
        ManifestCheck c = r.c2pa();
        s.append(",\"c2pa\":{\"state\":").append(quote(c.state().id()));
        s.append(",\"trusted\":").append(c.state() == ManifestCheck.State.TRUSTED);
        s.append(",\"signer\":").append(c.signer() == null ? "null" : quote(c.signer()));
        s.append(",\"aiGenerated\":").append(c.aiGenerated());
        s.append(",\"problems\":[");
        s.append(String.join(",", c.problems().stream().map(VerifyCommand::quote).toList()));
        s.append("]}");
        s.append(PngText.isPng(video) ? ",\"pngText\":{" : ",\"metadata\":{");
        String sep = "";
        for (Map.Entry<String, String> e : r.meta().entrySet()) {
            s.append(sep).append(quote(e.getKey())).append(':').append(quote(e.getValue()));
            sep = ",";
        }
        return s.append("}}\n").toString();
    }

    /** Confidence with enough nines to tell it from 1. */
    private static String confidence(Detection d) {
        return d.confidence() >= 0.999999 ? "0.999999" : String.format(Locale.ROOT, "%.6f",
                d.confidence());
    }

    private static String clock(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000,
                ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    static String quote(String v) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else s.append(c);
                }
            }
        }
        return s.append('"').toString();
    }
}
