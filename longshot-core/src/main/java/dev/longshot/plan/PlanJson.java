package dev.longshot.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The {@code plan --json} contract of DESIGN.md, format {@code longshot-plan/2}:
 * {@code {"format": "longshot-plan/2", "seconds": [ … ]}}, one object per second, the keys in
 * the table's order. One writer for the command and the generation log, so the plan a writer
 * reads and the plan the log records are written the same way.
 */
public final class PlanJson {
    public static final String FORMAT = "longshot-plan/2";
    private static final JsonFactory FACTORY = new JsonFactory();

    private PlanJson() {}

    /** The whole document, indented. */
    public static String write(List<ScenePlan> plans) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeArrayFieldStart("seconds");
            for (ScenePlan p : plans) {
                json.writeStartObject();
                fields(json, p);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The fields of one second's object, into an object {@code json} has started. */
    public static void fields(JsonGenerator json, ScenePlan p) throws IOException {
        PlanKeys k = p.keys();
        json.writeNumberField("t", p.t());
        json.writeStringField("text", p.text());
        json.writeStringField("setting", k.setting());
        json.writeStringField("style", k.style());
        json.writeStringField("water", k.water());
        json.writeStringField("timeOfDay", k.timeOfDay());
        json.writeStringField("weather", k.weather());
        json.writeArrayFieldStart("sky");
        for (String s : k.sky()) json.writeString(s);
        json.writeEndArray();
        json.writeArrayFieldStart("subjects");
        for (SubjectRef s : k.subjects()) {
            json.writeStartObject();
            json.writeStringField("id", s.id());
            json.writeStringField("said", s.said());
            json.writeStringField("count", s.count());
            json.writeStringField("action", s.action());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("things");
        for (ThingRef t : k.things()) {
            json.writeStartObject();
            json.writeStringField("id", t.id());
            json.writeStringField("said", t.said());
            json.writeEndObject();
        }
        json.writeEndArray();
        camera(json, k.camera());
        json.writeStringField("transition", k.transition());
        json.writeArrayFieldStart("approximated");
        for (Approximation a : k.approximated()) {
            json.writeStartObject();
            json.writeStringField("said", a.said());
            json.writeStringField("shownAs", a.shownAs());
            json.writeNumberField("similarity", a.similarity());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notShown");
        for (NotShownWord w : k.notShown()) {
            json.writeStartObject();
            json.writeStringField("said", w.said());
            json.writeStringField("why", w.why());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void camera(JsonGenerator json, CameraSpec s) throws IOException {
        json.writeObjectFieldStart("camera");
        json.writeStringField("move", s.move());
        json.writeStringField("shot", s.shot());
        json.writeStringField("angle", s.angle());
        json.writeStringField("support", s.support());
        if (s.lensMm() == null) json.writeNullField("lensMm");
        else json.writeNumberField("lensMm", s.lensMm());
        if (s.speed() == Math.rint(s.speed())) json.writeNumberField("speed", (long) s.speed());
        else json.writeNumberField("speed", s.speed());
        json.writeStringField("focus", s.focus());
        json.writeStringField("target", s.target());
        json.writeEndObject();
    }
}
