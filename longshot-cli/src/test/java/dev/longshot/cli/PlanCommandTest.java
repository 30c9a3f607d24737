package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonHasOneEntryPerSecondWithTheContractKeysInOrder() throws IOException {
        Path board = dir.resolve("b.txt");
        Files.writeString(board, "晨光中的森林,鹿群在溪边饮水\n[2s] 镜头跟随小鹿\n一头骆驼走过\n",
                StandardCharsets.UTF_8);
        Cli r = Cli.run("plan", board.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode plans = new ObjectMapper().readTree(r.out());
        assertEquals(4, plans.size());
        List<String> keys = new ArrayList<>();
        plans.get(0).fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("t", "text", "setting", "water", "timeOfDay", "weather", "subjects",
                "camera", "unrecognized", "transition"), keys); // transition: added last
        JsonNode first = plans.get(0);
        assertEquals("forest", first.get("setting").asText());
        assertEquals("stream", first.get("water").asText());
        assertEquals("dawn", first.get("timeOfDay").asText());
        assertEquals("deer", first.get("subjects").get(0).asText());
        assertEquals("track", plans.get(2).get("camera").asText(), "held line keeps its move");
        assertEquals("static", plans.get(3).get("camera").asText());
        assertEquals("forest", plans.get(3).get("setting").asText(), "carried over");
        assertTrue(plans.get(3).get("unrecognized").toString().contains("骆驼"));
    }

    @Test
    void planOfABadStoryboardFailsWithItsLine() throws IOException {
        Path board = dir.resolve("b.txt");
        Files.writeString(board, "森林\n[5x] 山谷\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("plan", board.toString(), "--json");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("b.txt:2"), r.err());
        assertEquals("", r.out());
    }
}
