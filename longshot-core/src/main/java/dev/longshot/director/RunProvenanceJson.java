package dev.longshot.director;

import dev.longshot.render.RenderExtras;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.longshot.director.RunProvenance.Build;
import dev.longshot.director.RunProvenance.Component;
import dev.longshot.director.RunProvenance.Resource;
import dev.longshot.director.RunProvenance.StoryboardSource;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RunProvenance} as JSON, both ways. Field order is fixed and there is no wall-clock
 * time, so the same run gives the same bytes.
 *
 * <pre>
 * {"format": "longshot-provenance/1", "build": {"version", "commit"},
 *  "config": {"width", "height", "fps", "seed", "codec", "projection",
 *             "vfxMarkers" (when on), "passes" (when any, e.g. "depth,ids")},
 *  "validation": {"strictness", "rollbackSeconds", "checkIntervalSeconds", "maxRetries",
 *                 "windowBudgetBytes"},
 *  "labelMode": "both",
 *  "components": [{"role", "implementation", "version", "settings": {…}}],
 *  "resources": [{"name", "path", "sha256"}],
 *  "storyboard": {"name", "sha256", "text" | "base64"}}   (no text in the compact form)
 * </pre>
 * The render thread count is left out: it never changes the pixels, so it must not change the
 * files either; a record read back renders with one thread per core of the reading machine.
 */
public final class RunProvenanceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunProvenanceJson() {}

    /** The record as one line of JSON (the compact form, too, when given one). */
    public static String toJson(RunProvenance p) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            write(json, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the record as one JSON object at the generator's current position. */
    public static void write(JsonGenerator json, RunProvenance p) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", RunProvenance.FORMAT);
        json.writeObjectFieldStart("build");
        json.writeStringField("version", p.build().version());
        json.writeStringField("commit", p.build().commit());
        json.writeEndObject();
        DirectorConfig c = p.config();
        json.writeObjectFieldStart("config");
        json.writeNumberField("width", c.width());
        json.writeNumberField("height", c.height());
        json.writeNumberField("fps", c.fps());
        json.writeNumberField("seed", c.seed());
        json.writeStringField("codec", c.codec().id());
        json.writeStringField("projection", c.projection().id());
        // previs extras only when asked: records without them read as before
        if (c.extras().vfxMarkers()) json.writeBooleanField("vfxMarkers", true);
        if (!c.extras().passes().isEmpty()) json.writeStringField("passes", c.extras().passIds());
        json.writeEndObject();
        ValidationConfig v = p.validation();
        json.writeObjectFieldStart("validation");
        json.writeNumberField("strictness", v.strictness());
        json.writeNumberField("rollbackSeconds", v.rollbackSeconds());
        json.writeNumberField("checkIntervalSeconds", v.checkIntervalSeconds());
        json.writeNumberField("maxRetries", v.maxRetries());
        json.writeNumberField("windowBudgetBytes", v.windowBudgetBytes());
        json.writeEndObject();
        json.writeStringField("labelMode", p.labelMode());
        json.writeArrayFieldStart("components");
        for (Component k : p.components()) {
            json.writeStartObject();
            json.writeStringField("role", k.role());
            json.writeStringField("implementation", k.implementation());
            json.writeStringField("version", k.version());
            json.writeObjectFieldStart("settings");
            for (var e : k.settings().entrySet()) json.writeStringField(e.getKey(), e.getValue());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("resources");
        for (Resource r : p.resources()) {
            json.writeStartObject();
            json.writeStringField("name", r.name());
            json.writeStringField("path", r.path());
            json.writeStringField("sha256", r.sha256());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeStoryboard(json, p.storyboard());
        json.writeEndObject();
    }

    private static void writeStoryboard(JsonGenerator json, StoryboardSource s)
            throws IOException {
        json.writeObjectFieldStart("storyboard");
        json.writeStringField("name", s.name());
        json.writeStringField("sha256", s.sha256());
        if (s.hasBytes()) {
            Optional<String> text = s.utf8();
            if (text.isPresent()) {
                json.writeStringField("text", text.get());
            } else {
                json.writeStringField("base64", Base64.getEncoder().encodeToString(s.bytes()));
            }
        }
        json.writeEndObject();
    }

    /**
     * Reads a record from JSON text.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    public static RunProvenance parse(String text) {
        try {
            return read(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("provenance is not valid JSON: "
                    + e.getOriginalMessage());
        }
    }

    /**
     * Reads a record from a parsed JSON object.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    public static RunProvenance read(JsonNode n) {
        String format = text(n, "format");
        if (!RunProvenance.FORMAT.equals(format)) {
            throw new IllegalArgumentException("provenance format '" + format
                    + "' unknown (this build reads " + RunProvenance.FORMAT + ")");
        }
        try {
            JsonNode b = object(n, "build");
            JsonNode c = object(n, "config");
            JsonNode v = object(n, "validation");
            return new RunProvenance(
                    new Build(text(b, "version"), text(b, "commit")),
                    new DirectorConfig(integer(c, "width"), integer(c, "height"),
                            integer(c, "fps"), number(c, "seed").longValue(),
                            VideoCodec.fromId(text(c, "codec")),
                            Runtime.getRuntime().availableProcessors(),
                            FrameProjection.fromId(text(c, "projection")), extras(c)),
                    new ValidationConfig(number(v, "strictness").doubleValue(),
                            integer(v, "rollbackSeconds"), integer(v, "checkIntervalSeconds"),
                            integer(v, "maxRetries"), number(v, "windowBudgetBytes").longValue()),
                    text(n, "labelMode"), components(n), resources(n),
                    storyboard(object(n, "storyboard")));
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith("provenance") ? e
                    : new IllegalArgumentException("provenance: " + e.getMessage(), e);
        }
    }

    private static RenderExtras extras(JsonNode c) {
        boolean markers = c.path("vfxMarkers").asBoolean(false);
        return new RenderExtras(markers, RenderExtras.parsePasses(c.path("passes").asText("")));
    }

    private static List<Component> components(JsonNode n) {
        List<Component> list = new ArrayList<>();
        for (JsonNode k : array(n, "components")) {
            Map<String, String> settings = new LinkedHashMap<>();
            object(k, "settings").properties()
                    .forEach(e -> settings.put(e.getKey(), e.getValue().asText()));
            list.add(new Component(text(k, "role"), text(k, "implementation"),
                    text(k, "version"), settings));
        }
        return list;
    }

    private static List<Resource> resources(JsonNode n) {
        List<Resource> list = new ArrayList<>();
        for (JsonNode r : array(n, "resources")) {
            list.add(new Resource(text(r, "name"), text(r, "path"), text(r, "sha256")));
        }
        return list;
    }

    private static StoryboardSource storyboard(JsonNode s) {
        byte[] bytes = null;
        if (s.hasNonNull("text")) {
            bytes = text(s, "text").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else if (s.hasNonNull("base64")) {
            try {
                bytes = Base64.getDecoder().decode(text(s, "base64"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("provenance: storyboard.base64 is not base64");
            }
        }
        return new StoryboardSource(text(s, "name"), text(s, "sha256"), bytes);
    }

    private static JsonNode field(JsonNode n, String name) {
        JsonNode f = n == null ? null : n.get(name);
        if (f == null || f.isNull()) {
            throw new IllegalArgumentException("provenance: field '" + name + "' missing");
        }
        return f;
    }

    private static JsonNode object(JsonNode n, String name) {
        JsonNode f = field(n, name);
        if (!f.isObject()) {
            throw new IllegalArgumentException("provenance: '" + name + "' is not an object");
        }
        return f;
    }

    private static JsonNode array(JsonNode n, String name) {
        JsonNode f = field(n, name);
        if (!f.isArray()) {
            throw new IllegalArgumentException("provenance: '" + name + "' is not a list");
        }
        return f;
    }

    private static String text(JsonNode n, String name) {
        JsonNode f = field(n, name);
        if (!f.isTextual()) {
            throw new IllegalArgumentException("provenance: '" + name + "' is not text");
        }
        return f.textValue();
    }

    private static Number number(JsonNode n, String name) {
        JsonNode f = field(n, name);
        if (!f.isNumber()) {
            throw new IllegalArgumentException("provenance: '" + name + "' is not a number");
        }
        return f.numberValue();
    }

    private static int integer(JsonNode n, String name) {
        JsonNode f = field(n, name);
        if (!f.canConvertToInt() || !f.isIntegralNumber()) {
            throw new IllegalArgumentException("provenance: '" + name + "' is not an integer");
        }
        return f.intValue();
    }
}
