package dev.longshot.media.handoff;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The shot list as an OpenTimelineIO timeline ({@code .otio}, OTIO's JSON): one video track
 * with one clip per shot, each a range of the rendered video, named by its storyboard line;
 * markers on the track for every storyboard line and every validator rollback. The transitions
 * are baked into the picture, so a clip only records how it begins (metadata
 * {@code longshot.transition}); no OTIO transition overlaps two clips.
 */
public final class OtioTimeline {
    private OtioTimeline() {}

    /**
     * @param mediaUrl the rendered video, as the clips reference it (a file name beside the
     *                 .otio, or a URL)
     */
    public static void write(OutputStream out, String name, String mediaUrl, int fps,
            long totalFrames, List<Shot> shots, List<Marker> markers) throws IOException {
        try (JsonGenerator j = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            j.useDefaultPrettyPrinter();
            j.writeStartObject();
            j.writeStringField("OTIO_SCHEMA", "Timeline.1");
            j.writeStringField("name", name);
            j.writeObjectFieldStart("metadata");
            j.writeStringField("generator", "longshot (AI-generated video)");
            j.writeEndObject();
            j.writeFieldName("global_start_time");
            time(j, 0, fps);
            j.writeObjectFieldStart("tracks");
            j.writeStringField("OTIO_SCHEMA", "Stack.1");
            j.writeStringField("name", "tracks");
            common(j, List.of(), fps);
            j.writeArrayFieldStart("children");
            j.writeStartObject();
            j.writeStringField("OTIO_SCHEMA", "Track.1");
            j.writeStringField("name", "V1");
            j.writeStringField("kind", "Video");
            common(j, markers, fps);
            j.writeArrayFieldStart("children");
            for (Shot s : shots) clip(j, s, mediaUrl, fps, totalFrames);
            j.writeEndArray();
            j.writeEndObject();
            j.writeEndArray();
            j.writeEndObject();
            j.writeEndObject();
        }
    }

    /** The fields a stack and a track share: whole range, enabled, no effects; markers. */
    private static void common(JsonGenerator j, List<Marker> markers, int fps)
            throws IOException {
        j.writeNullField("source_range");
        j.writeBooleanField("enabled", true);
        j.writeObjectFieldStart("metadata");
        j.writeEndObject();
        j.writeArrayFieldStart("effects");
        j.writeEndArray();
        j.writeArrayFieldStart("markers");
        for (Marker m : markers) marker(j, m, fps);
        j.writeEndArray();
    }

    private static void clip(JsonGenerator j, Shot s, String url, int fps, long total)
            throws IOException {
        j.writeStartObject();
        j.writeStringField("OTIO_SCHEMA", "Clip.1");
        j.writeStringField("name", s.name());
        j.writeFieldName("source_range");
        range(j, s.startFrame(), s.frames(), fps);
        j.writeBooleanField("enabled", true);
        j.writeObjectFieldStart("metadata");
        j.writeObjectFieldStart("longshot");
        j.writeNumberField("line", s.line());
        j.writeStringField("transition", s.transition());
        j.writeEndObject();
        j.writeEndObject();
        j.writeArrayFieldStart("effects");
        j.writeEndArray();
        j.writeArrayFieldStart("markers");
        j.writeEndArray();
        j.writeObjectFieldStart("media_reference");
        j.writeStringField("OTIO_SCHEMA", "ExternalReference.1");
        j.writeStringField("name", "");
        j.writeStringField("target_url", url);
        j.writeFieldName("available_range");
        range(j, 0, total, fps);
        j.writeObjectFieldStart("metadata");
        j.writeEndObject();
        j.writeEndObject();
        j.writeEndObject();
    }

    private static void marker(JsonGenerator j, Marker m, int fps) throws IOException {
        j.writeStartObject();
        j.writeStringField("OTIO_SCHEMA", "Marker.2");
        j.writeStringField("name", m.name());
        j.writeStringField("color", m.kind().equals("rollback") ? "RED" : "GREEN");
        j.writeStringField("comment", m.kind());
        j.writeFieldName("marked_range");
        range(j, m.startFrame(), m.frames(), fps);
        j.writeObjectFieldStart("metadata");
        j.writeEndObject();
        j.writeEndObject();
    }

    private static void range(JsonGenerator j, long start, long frames, int fps)
            throws IOException {
        j.writeStartObject();
        j.writeStringField("OTIO_SCHEMA", "TimeRange.1");
        j.writeFieldName("start_time");
        time(j, start, fps);
        j.writeFieldName("duration");
        time(j, frames, fps);
        j.writeEndObject();
    }

    private static void time(JsonGenerator j, long frames, int fps) throws IOException {
        j.writeStartObject();
        j.writeStringField("OTIO_SCHEMA", "RationalTime.1");
        j.writeNumberField("rate", (double) fps);
        j.writeNumberField("value", (double) frames);
        j.writeEndObject();
    }
}
