package dev.longshot.director;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.longshot.audio.HeardSound;
import dev.longshot.plan.PlanJson;
import dev.longshot.validate.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The generation log as a JSON file, streamed event by event (memory stays bounded however
 * long the video) into a hidden temporary sibling and moved onto its name only by
 * {@link #finish()}; {@link #close()} without finish deletes it, like the video.
 *
 * <pre>
 * {"format": "longshot-generation-log/3", "generator": {...},
 *  "provenance": {the whole RunProvenance, storyboard text included}, "storyboard": {...},
 *  "config": {...}, "rules": [{"rule", "schedule"}],
 *  "events": [ one object per line: "violation" | "rollback" | "gave-up" | "checkpoint-check"
 *              | "plan" (per committed second, before its "shown": the second's
 *                longshot-plan/2 object, {"type": "plan", "t", "text", "setting", …})
 *              | "shown" (per committed second: {"second", "line", "asked": [ids], "named",
 *                "entries": [{"id", "mean", "max"}]}, shares of the frame 0 … 1)
 *              | "sounds" (per committed second: {"second", "events": [{"sound", "time",
 *                "metres"}], "counts": {"step": n, "hoof": n, "wing": n}}) ],
 *  "summary": {"checks", "violations", "detected", "rollbacks", "unrepaired", ...,
 *              "smallAsked", "smallAskedList": ["line 4: elephant asked, 0.05 % of frame"]}}
 * </pre>
 * No wall-clock time anywhere: the same input gives the same bytes.
 */
public final class JsonGenerationLog implements GenerationLog, AutoCloseable {
    public static final String FORMAT = "longshot-generation-log/3";

    private final Path target;
    private final Path partial;
    private final Map<String, String> generator;
    private final RunProvenance provenance;
    private final JsonGenerator json;
    private boolean finished;

    /**
     * @param target    where the log ends up
     * @param generator name/version entries describing the generator (written first)
     */
    public JsonGenerationLog(Path target, Map<String, String> generator) throws IOException {
        this(target, generator, null);
    }

    /**
     * A log that records the run's whole provenance (what {@code longshot replay} reads).
     *
     * @param target     where the log ends up
     * @param provenance the run's provenance record, storyboard included
     */
    public JsonGenerationLog(Path target, RunProvenance provenance) throws IOException {
        this(target, Map.of("name", "longshot", "version", provenance.build().version(),
                "commit", provenance.build().commit()), provenance);
    }

    private JsonGenerationLog(Path target, Map<String, String> generator,
            RunProvenance provenance) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        this.generator = generator;
        this.provenance = provenance;
        this.partial = Files.createTempFile(this.target.getParent(),
                "." + this.target.getFileName() + ".", ".partial");
        this.json = new JsonFactory().createGenerator(partial.toFile(), JsonEncoding.UTF8);
    }

    /** {@code film.log.json} beside {@code film.mp4}. */
    public static Path besideVideo(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return video.resolveSibling(stem + ".log.json");
    }

    @Override
    public void begin(Header h) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeObjectFieldStart("generator");
        for (var e : new java.util.TreeMap<>(generator).entrySet()) {
            json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        if (provenance != null) {
            json.writeFieldName("provenance");
            RunProvenanceJson.write(json, provenance);
        }
        json.writeObjectFieldStart("storyboard");
        json.writeStringField("sha256", h.storyboardSha256());
        json.writeNumberField("seconds", h.seconds());
        json.writeEndObject();
        DirectorConfig c = h.config();
        ValidationConfig v = h.validation();
        json.writeObjectFieldStart("config");
        json.writeNumberField("width", c.width());
        json.writeNumberField("height", c.height());
        json.writeNumberField("fps", c.fps());
        json.writeNumberField("seed", c.seed());
        json.writeStringField("codec", c.codec().id());
        json.writeStringField("projection", c.projection().id());
        if (provenance != null) json.writeStringField("labelMode", provenance.labelMode());
        json.writeNumberField("strictness", v.strictness());
        json.writeNumberField("rollbackSeconds", h.rollbackSeconds());
        json.writeNumberField("rollbackSecondsAsked", v.rollbackSeconds());
        json.writeNumberField("checkIntervalSeconds", v.checkIntervalSeconds());
        json.writeNumberField("maxRetries", v.maxRetries());
        json.writeEndObject();
        json.writeArrayFieldStart("rules");
        for (Rule r : h.rules()) {
            json.writeStartObject();
            json.writeStringField("rule", r.rule());
            json.writeStringField("schedule", r.schedule());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
    }

    @Override
    public void event(Event event) throws IOException {
        // cameras would swamp the log; where a run starts, its header and events say
        if (event instanceof Framed || event instanceof Reached) return;
        json.writeRaw('\n');
        json.writeStartObject();
        switch (event) {
            case Kept k -> {
                json.writeStringField("type", "violation");
                violationFields(k.violation());
            }
            case Rollback r -> {
                json.writeStringField("type", "rollback");
                json.writeNumberField("failedSecond", r.failedSecond());
                json.writeNumberField("from", r.failedSecond());
                json.writeNumberField("to", r.toSecond());
                json.writeNumberField("attempt", r.attempt());
                json.writeStringField("seed", hex(r.seed()));
                json.writeNumberField("causeCount", r.causeCount());
                violations("cause", r.cause());
                json.writeStringField("outcome", r.passed() ? "passed" : "failed");
            }
            case GaveUp g -> {
                json.writeStringField("type", "gave-up");
                json.writeNumberField("failedSecond", g.failedSecond());
                json.writeNumberField("to", g.toSecond());
                json.writeNumberField("attempts", g.attempts());
                json.writeNumberField("keptAttempt", g.keptAttempt());
                json.writeStringField("seed", hex(g.seed()));
                json.writeNumberField("keptViolations", g.violations());
                violations("lastAttempt", g.last());
            }
            case CheckpointCheck c -> {
                json.writeStringField("type", "checkpoint-check");
                json.writeNumberField("from", c.from());
                json.writeNumberField("to", c.to());
                long failed = 0;
                for (RuleTally t : c.rules()) failed += t.violations();
                json.writeStringField("result", failed == 0 ? "pass" : "fail");
                json.writeNumberField("rollbacks", c.rollbacks());
                json.writeArrayFieldStart("checks");
                for (RuleTally t : c.rules()) {
                    json.writeStartObject();
                    json.writeStringField("rule", t.rule());
                    json.writeStringField("schedule", t.schedule());
                    json.writeNumberField("checks", t.checks());
                    json.writeNumberField("violations", t.violations());
                    json.writeStringField("result", t.result());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            case Shown s -> shown(s);
            case Framed f -> throw new AssertionError("left out above");
            case Reached r -> throw new AssertionError("left out above");
            case Planned p -> {
                json.writeStringField("type", "plan");
                PlanJson.fields(json, p.plan());
            }
            case Sounds s -> sounds(s);
        }
        json.writeEndObject();
    }

    /** A second's sounds: each event with its time; footfalls and wing beats as counts. */
    private void sounds(Sounds s) throws IOException {
        json.writeStringField("type", "sounds");
        json.writeNumberField("second", s.second());
        json.writeArrayFieldStart("events");
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (HeardSound h : s.sounds()) {
            if (h.rhythmic()) {
                counts.merge(h.sound(), 1, Integer::sum);
                continue;
            }
            json.writeStartObject();
            json.writeStringField("sound", h.sound());
            json.writeNumberField("time", Math.round(h.seconds() * 1000) / 1000.0);
            json.writeNumberField("metres", Math.round(h.metres() * 10) / 10.0);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("counts");
        for (var e : counts.entrySet()) json.writeNumberField(e.getKey(), e.getValue());
        json.writeEndObject();
    }

    private void shown(Shown s) throws IOException {
        json.writeStringField("type", "shown");
        json.writeNumberField("second", s.second());
        json.writeNumberField("line", s.line());
        json.writeArrayFieldStart("asked");
        for (String id : s.asked()) json.writeString(id);
        json.writeEndArray();
        json.writeArrayFieldStart("named");
        for (String id : s.named()) json.writeString(id);
        json.writeEndArray();
        json.writeArrayFieldStart("entries");
        for (Share e : s.entries()) {
            json.writeStartObject();
            json.writeStringField("id", e.id());
            json.writeNumberField("mean", round(e.mean()));
            json.writeNumberField("max", round(e.max()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void violations(String field, List<Violation> list) throws IOException {
        json.writeArrayFieldStart(field);
        for (Violation v : list) {
            json.writeStartObject();
            violationFields(v);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void violationFields(Violation v) throws IOException {
        json.writeStringField("rule", v.rule());
        json.writeStringField("time", v.time().toString());
        json.writeNumberField("frame", v.time().frame());
        json.writeNumberField("second", v.time().second());
        json.writeStringField("subject", v.subject());
        json.writeStringField("quantity", v.quantity());
        json.writeNumberField("magnitude", round(v.magnitude()));
        json.writeNumberField("tolerance", round(v.tolerance()));
    }

    /** Six significant digits: readable, and still exact run to run. */
    private static double round(double x) {
        if (!Double.isFinite(x) || x == 0) return x;
        return new java.math.BigDecimal(x).round(new java.math.MathContext(6)).doubleValue();
    }

    private static String hex(long seed) {
        return "0x" + HexFormat.of().toHexDigits(seed);
    }

    @Override
    public void end(RunReport r) throws IOException {
        json.writeRaw('\n');
        json.writeEndArray();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("seconds", r.seconds());
        json.writeNumberField("frames", r.frames());
        json.writeNumberField("scenes", r.scenes());
        json.writeNumberField("checks", r.checks());
        json.writeNumberField("violations", r.violationCount());
        json.writeNumberField("detected", r.detected());
        json.writeNumberField("rollbacks", r.rollbacks());
        json.writeNumberField("unrepaired", r.unrepaired());
        json.writeNumberField("smallAsked", r.smallAskedCount());
        json.writeArrayFieldStart("smallAskedList");
        for (ShownWarning w : r.smallAsked()) json.writeString(w.toString());
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** Completes the file and moves it onto its name. */
    public void finish() throws IOException {
        json.close();
        FilePublisher.publish(partial, target);
        finished = true;
    }

    /** Deletes the temporary file unless {@link #finish()} succeeded. */
    @Override
    public void close() throws IOException {
        if (finished) return;
        try {
            json.close();
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
