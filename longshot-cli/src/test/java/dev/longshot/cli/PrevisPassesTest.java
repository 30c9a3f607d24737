package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.longshot.director.JsonGenerationLog;
import dev.longshot.media.decode.VideoReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --previs DIR --passes … --vfx-markers}: a pass file for every frame. */
class PrevisPassesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path video;
    static Path previs;
    static long frames;

    @BeforeAll
    static void generate() throws IOException {
        Path board = dir.resolve("board.txt");
        Files.writeString(board, "[2s] A deer in a meadow, the camera tracks\n",
                StandardCharsets.UTF_8);
        video = dir.resolve("passes.mp4");
        previs = dir.resolve("handoff");
        Cli r = Cli.run("generate", board.toString(), "-o", video.toString(), "--size", "160x90",
                "--fps", "12", "--quiet", "--previs", previs.toString(),
                "--passes", "depth,ids,normals,motion", "--vfx-markers");
        assertEquals(0, r.exit(), r.err());
        try (VideoReader v = VideoReader.open(video)) {
            frames = v.info().frameCount();
        }
    }

    @Test
    void everyPassHasAFileForEveryFrameOfTheVideo() throws IOException {
        for (String pass : new String[] {"depth", "ids", "normals", "motion"}) {
            try (Stream<Path> files = Files.list(previs.resolve("passes").resolve(pass))) {
                assertEquals(frames, files.count(), pass);
            }
            assertTrue(Files.exists(previs.resolve("passes").resolve(pass)
                    .resolve(String.format("%s.%06d.png", pass, frames))), pass + " last frame");
        }
        assertTrue(Files.exists(previs.resolve("passes").resolve("ids.json")));
        JsonNode markers = JSON.readTree(previs.resolve("markers.json").toFile());
        assertTrue(markers.get("markers").size() > 0, "markers listed");
        try (Stream<Path> left = Files.list(previs)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".")),
                    "no partial files left");
        }
    }

    @Test
    void provenanceRecordsTheMarkersAndPasses() throws IOException {
        JsonNode log = JSON.readTree(JsonGenerationLog.besideVideo(video).toFile());
        JsonNode config = log.get("provenance").get("config");
        assertTrue(config.get("vfxMarkers").asBoolean(), config.toString());
        assertEquals("depth,ids,normals,motion", config.get("passes").asText());
    }

    @Test
    void passesWithoutAHandOffDirectoryAreRefused() {
        Path out = dir.resolve("refused.mp4");
        Cli r = Cli.run("generate", dir.resolve("board.txt").toString(), "-o", out.toString(),
                "--size", "160x90", "--quiet", "--passes", "depth");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("--passes needs --previs"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownPassIsRefused() {
        Cli r = Cli.run("generate", dir.resolve("board.txt").toString(), "-o",
                dir.resolve("x.mp4").toString(), "--size", "160x90", "--quiet",
                "--previs", previs.toString(), "--passes", "depth,albedo");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("unknown pass 'albedo'"), r.err());
    }
}
