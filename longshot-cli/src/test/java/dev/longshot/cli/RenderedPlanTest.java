package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.longshot.director.JsonGenerationLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan a writer reads is the plan that is rendered: for every example, the plans in the
 * generation log of a real {@code generate} (whole example, smallest size, one frame a second)
 * equal {@code plan --json}'s seconds, key for key.
 */
class RenderedPlanTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("../examples")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void generateLogsExactlyThePlanThatPlanJsonPrints(Path example, @TempDir Path dir)
            throws IOException {
        Cli plan = Cli.run("plan", "--json", example.toString());
        assertEquals(0, plan.exit(), plan.err());
        JsonNode printed = JSON.readTree(plan.out()).get("seconds");

        Path video = dir.resolve("film.mp4");
        Cli made = Cli.run("generate", example.toString(), "-o", video.toString(),
                "--size", "128x72", "--fps", "1", "--audio", "off", "--quiet");
        assertEquals(0, made.exit(), made.err());
        JsonNode log = JSON.readTree(JsonGenerationLog.besideVideo(video).toFile());
        assertEquals(JsonGenerationLog.FORMAT, log.get("format").asText());
        ArrayNode rendered = JSON.createArrayNode();
        for (JsonNode e : log.get("events")) {
            if (!e.get("type").asText().equals("plan")) continue;
            ObjectNode second = e.deepCopy();
            second.remove("type");
            rendered.add(second);
        }
        assertEquals(printed.size(), rendered.size(), example + ": seconds");
        for (int t = 0; t < printed.size(); t++) {
            assertEquals(printed.get(t), rendered.get(t), example + ": second " + t);
        }
    }
}
