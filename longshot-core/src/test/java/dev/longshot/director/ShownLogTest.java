package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShownLogTest {
    private static final String BOARD = """
            # what was shown, beside what was asked
            晨光中的森林,鹿群在溪边饮水
            [2s] An eagle circles high above the valley
            Dusk over the desert dunes
            """;

    @TempDir
    Path dir;

    private record Run(byte[] log, RunReport report) {}

    private Run run(int threads, String name) throws IOException {
        return run(BOARD, threads, name);
    }

    private Run run(String text, int threads, String name) throws IOException {
        Storyboard board = StoryboardParser.parse("t.txt",
                text.getBytes(StandardCharsets.UTF_8));
        DirectorConfig config = DirectorConfig.defaults().withSize(96, 54).withFps(6)
                .withRenderThreads(threads);
        Path file = dir.resolve(name);
        RunReport report;
        try (Stages stages = Stages.defaults(config);
                JsonGenerationLog log = new JsonGenerationLog(file, Map.of("name", "test"))) {
            report = new Director(config, stages).run(board, new CollectingSink(),
                    ProgressListener.NONE, log);
            log.finish();
        }
        return new Run(Files.readAllBytes(file), report);
    }

    @Test
    void aHorsemanIsAPersonOnAHorseEachCountedApart() throws IOException {
        Run run = run("Horsemen ride across the grassland\n", 2, "h.log.json");
        JsonNode second = shown(new ObjectMapper().readTree(run.log())).get(0);
        String asked = second.get("asked").toString();
        String entries = second.get("entries").toString();
        assertTrue(asked.contains("person") && asked.contains("horse"), second.toString());
        assertTrue(entries.contains("\"person\"") && entries.contains("\"horse\""), entries);
    }

    private static List<JsonNode> shown(JsonNode log) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : log.get("events")) if (e.get("type").asText().equals("shown")) out.add(e);
        return out;
    }

    @Test
    void everySecondRecordsTheEntriesOnScreenAndWhatItsLineAsked() throws IOException {
        Run run = run(2, "a.log.json");
        JsonNode log = new ObjectMapper().readTree(run.log());
        List<JsonNode> seconds = shown(log);
        assertEquals(4, seconds.size(), "one record per second");
        int[] lines = {2, 3, 3, 4};
        for (int t = 0; t < 4; t++) {
            JsonNode s = seconds.get(t);
            assertEquals(t, s.get("second").asInt());
            assertEquals(lines[t], s.get("line").asInt(), "line of second " + t);
            double sum = 0, last = Double.MAX_VALUE;
            for (JsonNode e : s.get("entries")) {
                double mean = e.get("mean").asDouble(), max = e.get("max").asDouble();
                assertTrue(mean > 0 && mean <= max && max <= 1, e.toString());
                assertTrue(mean <= last, "most covered first: " + s);
                last = mean;
                sum += mean;
            }
            assertEquals(1, sum, 1e-4, "every pixel is one entry's: " + s);
        }
        assertTrue(seconds.get(0).get("named").toString().contains("deer"), seconds.get(0)
                .toString());
        assertTrue(seconds.get(0).get("entries").toString().contains("\"forest\""));
        assertTrue(seconds.get(3).get("entries").toString().contains("\"desert\""));
        JsonNode summary = log.get("summary");
        assertEquals(run.report().smallAskedCount(), summary.get("smallAsked").asLong());
        assertEquals(run.report().smallAsked().size(), summary.get("smallAskedList").size());
    }

    @Test
    void theWarningsAgreeWithTheRecordsOfTheirLines() throws IOException {
        Run run = run(1, "b.log.json");
        List<JsonNode> seconds = shown(new ObjectMapper().readTree(run.log()));
        for (ShownWarning w : run.report().smallAsked()) {
            for (JsonNode s : seconds) {
                if (s.get("line").asInt() != w.line()) continue;
                assertTrue(s.get("named").toString().contains("\"" + w.id() + "\""), w + "");
                for (JsonNode e : s.get("entries")) {
                    if (e.get("id").asText().equals(w.id())) {
                        assertTrue(e.get("max").asDouble() < ShownWarning.THRESHOLD, w + "");
                    }
                }
            }
        }
    }

    @Test
    void theLogIsTheSameForOneAndThreeRenderThreads() throws IOException {
        assertArrayEquals(run(1, "one.log.json").log(), run(3, "three.log.json").log());
    }
}
