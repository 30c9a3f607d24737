package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalPlanCommandTest {
    private static final String EXPECT = "{\"setting\": \"forest\", \"style\": null, "
            + "\"water\": \"none\", \"timeOfDay\": null, \"weather\": null, \"sky\": [], "
            + "\"subjects\": [], \"things\": [], \"camera\": {\"move\": \"static\", "
            + "\"shot\": null, \"angle\": null, \"support\": null, \"lensMm\": null, "
            + "\"speed\": 1, \"focus\": null, \"target\": null}, \"transition\": \"cut\"}";

    @Test
    void byLanguageAddsOneRowPerLanguageUnderItsPart(@TempDir Path dir) throws IOException {
        Path part = Files.createDirectories(dir.resolve("dev"));
        write(part.resolve("a.json"), "en", "A quiet forest.");
        write(part.resolve("b.json"), "zh", "安静的森林。");
        write(part.resolve("c.json"), "zh", "森林里很安静。");
        Cli r = Cli.run("eval-plan", "--v2", "--by-language", part.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("dev\\s+3 .*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("dev en\\s+1 .*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("dev zh\\s+2 .*")), r.out());
    }

    @Test
    void withoutByLanguageEachPartIsOneRow(@TempDir Path dir) throws IOException {
        Path part = Files.createDirectories(dir.resolve("dev"));
        write(part.resolve("a.json"), "en", "A quiet forest.");
        Cli r = Cli.run("eval-plan", "--v2", part.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("dev en")), r.out());
    }

    private static void write(Path f, String lang, String text) throws IOException {
        Files.writeString(f, "{\"format\": \"longshot-eval/2\", \"lang\": \"" + lang
                + "\", \"lines\": [{\"text\": \"" + text + "\", \"expect\": " + EXPECT + "}]}",
                StandardCharsets.UTF_8);
    }
}
