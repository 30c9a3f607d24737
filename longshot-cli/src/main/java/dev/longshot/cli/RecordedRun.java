package dev.longshot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.longshot.director.JsonGenerationLog;
import dev.longshot.director.RunProvenance;
import dev.longshot.director.RunProvenanceJson;
import dev.longshot.media.decode.VideoReader;
import dev.longshot.media.provenance.ProvenanceMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A video and the provenance record it was made with, found from either of them: the record
 * comes from the video's metadata, or from its generation log when the metadata holds only the
 * compact form (a storyboard too long to inline) or when the log is what was given.
 *
 * @param provenance the whole record, storyboard bytes included
 * @param video      the video it describes
 * @param recordFrom where the record was read (the video or its log)
 */
record RecordedRun(RunProvenance provenance, Path video, Path recordFrom) {

    /** Reads the record from {@code input}, an MP4 or a {@code *.log.json}; UserError if bad. */
    static RecordedRun read(Path input) {
        if (!Files.isRegularFile(input)) {
            throw new UserError(input + (Files.exists(input) ? ": not a regular file"
                    : ": no such file"));
        }
        String name = nameOf(input).toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? fromLog(input) : fromVideo(input);
    }

    private static RecordedRun fromVideo(Path video) {
        String compact;
        try (VideoReader reader = VideoReader.open(video)) {
            compact = reader.info().metadata().get(ProvenanceMetadata.LONGSHOT_PROVENANCE);
        } catch (IOException e) {
            throw new UserError(e.getMessage(), e);
        }
        if (compact == null) {
            throw new UserError(video + ": holds no longshot provenance record (key '"
                    + ProvenanceMetadata.LONGSHOT_PROVENANCE + "'); only videos made by"
                    + " 'longshot generate' of this version or later can be replayed");
        }
        RunProvenance p = parse(video, compact);
        if (p.storyboard().hasBytes()) return new RecordedRun(p, video, video);
        Path log = JsonGenerationLog.besideVideo(video);
        if (!Files.isRegularFile(log)) {
            throw new UserError(video + ": its metadata records the storyboard by digest only"
                    + " (longer than " + ProvenanceMetadata.INLINE_STORYBOARD_BYTES
                    + " bytes); replay needs the generation log written beside it, " + log
                    + ", which is missing");
        }
        RunProvenance whole = recordInLog(log);
        if (!whole.storyboard().sha256().equals(p.storyboard().sha256())
                || !whole.compact().equals(p)) {
            throw new UserError(log + ": records another run than " + video
                    + " (their provenance records differ)");
        }
        return new RecordedRun(whole, video, log);
    }

    private static RecordedRun fromLog(Path log) {
        RunProvenance p = recordInLog(log);
        Path video = videoBeside(log);
        if (!Files.isRegularFile(video)) {
            throw new UserError(log + ": the video it describes, " + video
                    + ", is not beside it; replay needs it to compare the frames");
        }
        return new RecordedRun(p, video, log);
    }

    /** The whole record in a generation log. */
    static RunProvenance recordInLog(Path log) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(log.toFile());
        } catch (IOException e) {
            throw new UserError(log + ": not a readable generation log (truncated or not JSON: "
                    + firstLine(e.getMessage()) + ")", e);
        }
        JsonNode record = root == null ? null : root.get("provenance");
        if (record == null || !record.isObject()) {
            String format = root != null && root.hasNonNull("format")
                    ? root.get("format").asText() : "no format";
            throw new UserError(log + ": holds no provenance record (" + format + "; replay"
                    + " needs " + JsonGenerationLog.FORMAT + " or later)");
        }
        RunProvenance p;
        try {
            p = RunProvenanceJson.read(record);
        } catch (IllegalArgumentException e) {
            throw new UserError(log + ": " + e.getMessage(), e);
        }
        if (!p.storyboard().hasBytes()) {
            throw new UserError(log + ": its provenance record lacks the storyboard's text");
        }
        return p;
    }

    private static RunProvenance parse(Path source, String json) {
        try {
            return RunProvenanceJson.parse(json);
        } catch (IllegalArgumentException e) {
            throw new UserError(source + ": " + e.getMessage(), e);
        }
    }

    /** {@code film.mp4} beside {@code film.log.json}. */
    static Path videoBeside(Path log) {
        String name = nameOf(log);
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".log.json")
                ? name.substring(0, name.length() - ".log.json".length())
                : name.substring(0, name.length() - ".json".length());
        return log.resolveSibling(stem + ".mp4");
    }

    private static String firstLine(String message) {
        if (message == null) return "unknown reason";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The file name of {@code path}, or the path itself where it has none (a root). */
    static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
