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
    void jsonIsPlanFormatTwoWithTheContractKeysInOrder() throws IOException {
        Path board = dir.resolve("b.txt");
        Files.writeString(board, "晨光中的森林,鹿群在溪边饮水\n[2s] 镜头跟随小鹿\n一头骆驼走过\n",
                StandardCharsets.UTF_8);
        Cli r = Cli.run("plan", board.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("longshot-plan/2", root.get("format").asText());
        JsonNode plans = root.get("seconds");
        assertEquals(4, plans.size());
        List<String> keys = new ArrayList<>();
        plans.get(0).fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("t", "text", "setting", "style", "water", "timeOfDay", "weather",
                "sky", "subjects", "things", "camera", "transition", "approximated",
                "notShown"), keys);
        List<String> cameraKeys = new ArrayList<>();
        plans.get(0).get("camera").fieldNames().forEachRemaining(cameraKeys::add);
        assertEquals(List.of("move", "shot", "angle", "support", "lensMm", "speed", "focus",
                "target"), cameraKeys);
        JsonNode first = plans.get(0);
        assertEquals("forest", first.get("setting").asText());
        assertEquals("stream", first.get("water").asText());
        assertEquals("dawn", first.get("timeOfDay").asText());
        JsonNode deer = first.get("subjects").get(0);
        assertEquals("deer", deer.get("id").asText());
        assertEquals("group", deer.get("count").asText());
        assertEquals("drink", deer.get("action").asText());
        assertEquals("track", plans.get(2).get("camera").get("move").asText(),
                "held line keeps its move");
        assertEquals("static", plans.get(3).get("camera").get("move").asText());
        assertEquals("forest", plans.get(3).get("setting").asText(), "carried over");
        assertTrue(plans.get(3).get("subjects").toString().contains("camel"),
                plans.get(3).toString());
    }

    @Test
    void gibberishIsAnError() throws IOException {
        Path board = dir.resolve("g.txt");
        Files.writeString(board, "asdf qwer\nzxcv blorp frob\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("plan", board.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("g.txt"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void strictListsEveryWordNotShownWithItsLine() throws IOException {
        Path board = dir.resolve("s.txt");
        Files.writeString(board, "A deer in the forest\nThe deer hears a zorblax\n",
                StandardCharsets.UTF_8);
        Cli r = Cli.run("plan", board.toString(), "--strict");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("s.txt:2: 'zorblax'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void plainPlanPrintsWhatIsNotShownByLine() throws IOException {
        Path board = dir.resolve("p.txt");
        Files.writeString(board, "A deer in the forest\nThe deer hears a zorblax\n",
                StandardCharsets.UTF_8);
        Cli r = Cli.run("plan", board.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("p.txt:2: ") && r.out().contains("-zorblax"), r.out());
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
