package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.longshot.director.FaultyWorld.Fault;
import dev.longshot.render.Frame;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import dev.longshot.validate.EntityMotion;
import dev.longshot.validate.Gravity;
import dev.longshot.validate.LightConsistency;
import dev.longshot.validate.MaterialConsistency;
import dev.longshot.validate.Observation;
import dev.longshot.validate.Validator;
import dev.longshot.validate.Validators;
import dev.longshot.validate.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected into the world are detected, rolled back and regenerated, and what reaches
 * the sink passes every rule; the same input gives the same log and the same frames.
 */
class FaultInjectionTest {
    private static final int FAULT_SECOND = 6;
    private static final String BOARD = "[10s] A deer walks across the grassland at noon\n";
    private static final DirectorConfig CONFIG =
            DirectorConfig.defaults().withSize(96, 54).withFps(6).withRenderThreads(1);

    @TempDir
    Path dir;

    record Outcome(RunReport report, CollectingSink sink, FaultyWorld world, byte[] log) {}

    private Outcome run(Fault fault, String name) throws IOException {
        Storyboard board = StoryboardParser.parse("deer.txt",
                BOARD.getBytes(StandardCharsets.UTF_8));
        FaultyWorld world = new FaultyWorld(CONFIG.seed(), fault, FAULT_SECOND);
        CollectingSink sink = new CollectingSink();
        Path logFile = dir.resolve(name + ".log.json");
        RunReport report;
        try (Stages defaults = Stages.defaults(CONFIG);
                JsonGenerationLog log = new JsonGenerationLog(logFile, Map.of("name", "test"))) {
            Stages stages = defaults.withWorld(world);
            report = new Director(CONFIG, stages).run(board, sink, ProgressListener.NONE, log);
            log.finish();
        }
        return new Outcome(report, sink, world, Files.readAllBytes(logFile));
    }

    /** Runs fresh validators over exactly what was written. */
    private static List<Violation> revalidate(Outcome o) {
        List<Validator> fresh = Validators.standard(0.7);
        List<Violation> found = new ArrayList<>();
        Observation previous = null;
        for (Frame f : o.sink().frames) {
            long i = f.time().frame();
            Observation now = new Observation(o.world().specs.get(i), f, o.world().observed.get(i));
            for (Validator v : fresh) found.addAll(v.check(previous, now));
            previous = now;
        }
        return found;
    }

    private void detectedRolledBackAndClean(Fault fault, String rule) throws IOException {
        Outcome o = run(fault, fault.name());
        RunReport r = o.report();
        assertTrue(r.detected() > 0, "the fault is detected");
        assertTrue(r.rollbacks() >= 1, "and rolled back");
        assertEquals(0, r.unrepaired());
        assertEquals(0, r.violationCount(), r.violations().toString());
        assertEquals(10 * 6, o.sink().frames.size());
        for (int i = 0; i < o.sink().frames.size(); i++) {
            assertEquals(i, o.sink().frames.get(i).time().frame(), "frames in order, once");
        }
        assertEquals(List.of(), revalidate(o), "the written frames pass every rule");

        JsonNode log = new ObjectMapper().readTree(o.log());
        JsonNode rollback = null;
        for (JsonNode e : log.get("events")) {
            if (e.get("type").asText().equals("rollback")) rollback = e;
        }
        assertTrue(rollback != null, "a rollback in the log");
        assertEquals(FAULT_SECOND, rollback.get("failedSecond").asInt());
        assertEquals(FAULT_SECOND - 5, rollback.get("to").asInt(), "back to t-5");
        assertEquals("passed", rollback.get("outcome").asText());
        boolean named = false;
        for (JsonNode v : rollback.get("cause")) named |= v.get("rule").asText().equals(rule);
        assertTrue(named, "the cause names " + rule + ": " + rollback);
        assertEquals(0, log.get("summary").get("violations").asInt());
    }

    @Test
    void aTeleportingDeerIsRolledBack() throws IOException {
        detectedRolledBackAndClean(Fault.TELEPORT, EntityMotion.RULE);
    }

    @Test
    void aSunFlipIsRolledBack() throws IOException {
        detectedRolledBackAndClean(Fault.SUN_FLIP, LightConsistency.RULE);
    }

    @Test
    void aSinkingDeerIsRolledBack() throws IOException {
        detectedRolledBackAndClean(Fault.SINK, Gravity.RULE);
    }

    @Test
    void aMaterialChangingColourIsRolledBack() throws IOException {
        detectedRolledBackAndClean(Fault.MATERIAL, MaterialConsistency.RULE);
    }

    @Test
    void rollbacksAreDeterministic() throws IOException {
        Outcome a = run(Fault.TELEPORT, "a");
        Outcome b = run(Fault.TELEPORT, "b");
        assertEquals(new String(a.log(), StandardCharsets.UTF_8),
                new String(b.log(), StandardCharsets.UTF_8));
        assertEquals(a.sink().frames.size(), b.sink().frames.size());
        for (int i = 0; i < a.sink().frames.size(); i++) {
            assertTrue(java.util.Arrays.equals(a.sink().frames.get(i).rgb(),
                    b.sink().frames.get(i).rgb()), "frame " + i);
        }
    }

    @Test
    void withoutFaultsNothingIsRolledBack() throws IOException {
        Outcome o = run(Fault.NONE, "none");
        assertEquals(0, o.report().detected());
        assertEquals(0, o.report().rollbacks());
        assertEquals(List.of(), revalidate(o));
    }
}
