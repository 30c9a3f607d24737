package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShownCommandTest {
    @TempDir
    Path dir;

    private Path board() throws IOException {
        Path b = dir.resolve("b.txt");
        Files.writeString(b, "A deer drinks at the stream in the forest\n"
                + "# a comment line\n[2s] Dusk over the desert dunes\n", StandardCharsets.UTF_8);
        return b;
    }

    @Test
    void printsPerLineWhatWasAskedAndWhatElseWasOnScreen() throws IOException {
        Cli r = Cli.run("shown", board().toString(), "--size", "96x54", "--fps", "6");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("line 1  00:00:00  A deer drinks"), r.out());
        assertTrue(r.out().contains("line 3  00:00:01  Dusk over the desert dunes"), r.out());
        assertTrue(r.out().matches("(?s).*asked  deer \\d+\\.\\d\\d %.*"), r.out());
        assertTrue(r.out().contains("forest"), r.out());
        assertTrue(r.out().contains("desert"), r.out());
    }

    @Test
    void jsonGivesEachLineItsFiguresAndTheWarnings() throws IOException {
        Cli r = Cli.run("shown", board().toString(), "--size", "96x54", "--fps", "6", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("longshot-shown/1", root.get("format").asText());
        JsonNode lines = root.get("lines");
        assertEquals(2, lines.size());
        assertEquals(1, lines.get(0).get("line").asInt());
        assertEquals("deer", lines.get(0).get("asked").get(0).get("id").asText());
        assertEquals(3, lines.get(1).get("line").asInt());
        assertEquals(2, lines.get(1).get("seconds").asInt());
        assertTrue(lines.get(1).get("others").toString().contains("\"desert\""));
        assertTrue(root.get("warnings").isArray());
        // Every warning names an asked entry whose largest share is under 0.2 %.
        for (JsonNode w : root.get("warnings")) {
            assertTrue(w.asText().matches("line \\d+: [a-z-]+ asked, 0\\.[01]\\d % of frame"),
                    w.asText());
        }
    }

    @Test
    void aMissingStoryboardIsBadInput() {
        Cli r = Cli.run("shown", dir.resolve("nope.txt").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("nope.txt: no such file"), r.err());
        assertFalse(r.out().contains("line"), r.out());
    }

    @Test
    void aBadSizeIsBadInput() throws IOException {
        Cli r = Cli.run("shown", board().toString(), "--size", "8x8");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--size"), r.err());
    }

    @Test
    void contactSheetJsonPrintsTheSameRecord() throws IOException {
        Path out = dir.resolve("sheet.png");
        Cli sheet = Cli.run("contact-sheet", board().toString(), "-o", out.toString(),
                "--size", "96x54", "--fps", "6", "--json");
        assertEquals(0, sheet.exit(), sheet.err());
        Cli shown = Cli.run("shown", board().toString(), "--size", "96x54", "--fps", "6",
                "--json");
        assertEquals(shown.out(), sheet.out());
        assertTrue(Files.exists(out));
    }
}
