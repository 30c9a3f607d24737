package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.longshot.director.JsonGenerationLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A review copy with burned-in text records it, and replays to the same frames. */
class BurnInTest {
    @Test
    void burnedInReviewCopyIsRecordedAndReplaysIdentically(@TempDir Path dir) throws IOException {
        Path board = dir.resolve("board.txt");
        Files.writeString(board, "[2s] 晨光中的森林\n", StandardCharsets.UTF_8);
        Path video = dir.resolve("review.mp4");
        Cli g = Cli.run("generate", board.toString(), "-o", video.toString(), "--size", "320x180",
                "--quiet", "--burn-in");
        assertEquals(0, g.exit(), g.err());
        String mode = new ObjectMapper().readTree(JsonGenerationLog.besideVideo(video).toFile())
                .get("provenance").get("labelMode").asText();
        assertEquals("both+burn-in", mode);
        Cli r = Cli.run("replay", video.toString(), "-o", dir.resolve("again.mp4").toString(),
                "--quiet");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("identical"), r.out());
    }
}
