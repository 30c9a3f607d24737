package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.longshot.media.decode.VideoReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --previs DIR}: camera and shot list that other programs read back whole. */
class PrevisHandoffTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EDL_EVENT = Pattern.compile(
            "(\\d{3})  AX +V +C +(\\d\\d):(\\d\\d):(\\d\\d):(\\d\\d) (\\d\\d):(\\d\\d):(\\d\\d):(\\d\\d)"
                    + " \\S+ \\S+");

    @TempDir
    static Path dir;
    static Path video;
    static Path previs;
    static long frames;

    @BeforeAll
    static void generate() throws IOException {
        Path board = dir.resolve("board.txt");
        Files.writeString(board, "[2s] 晨光中的森林\n[2s] A desert at noon, the camera pans\n"
                + "[2s] 夜晚的城市,下着雨\n", StandardCharsets.UTF_8);
        video = dir.resolve("previs.mp4");
        previs = dir.resolve("handoff");
        Cli r = Cli.run("generate", board.toString(), "-o", video.toString(), "--size", "160x90",
                "--quiet", "--previs", previs.toString());
        assertEquals(0, r.exit(), r.err());
        try (VideoReader v = VideoReader.open(video)) {
            frames = v.info().frameCount();
        }
    }

    @Test
    void chanHasOneCameraPerFrameOfTheVideo() throws IOException {
        List<String> lines = Files.readAllLines(previs.resolve("camera.chan"));
        assertEquals(frames, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split(" ");
            assertEquals(8, f.length, lines.get(i));
            assertEquals(i + 1, Integer.parseInt(f[0]));
            double vfov = Double.parseDouble(f[7]);
            assertTrue(vfov > 1 && vfov < 179, lines.get(i));
        }
        JsonNode cam = JSON.readTree(previs.resolve("camera.json").toFile());
        assertEquals("longshot-camera/1", cam.get("format").asText());
        assertEquals(frames, cam.get("frames").size());
    }

    @Test
    void otioClipsCoverTheVideoExactlyWithAMarkerPerLine() throws IOException {
        JsonNode t = JSON.readTree(previs.resolve("shots.otio").toFile());
        assertEquals("Timeline.1", t.get("OTIO_SCHEMA").asText());
        JsonNode track = t.get("tracks").get("children").get(0);
        long next = 0;
        for (JsonNode clip : track.get("children")) {
            JsonNode range = clip.get("source_range");
            assertEquals(next, range.get("start_time").get("value").asLong(), clip.toString());
            next += range.get("duration").get("value").asLong();
            assertTrue(clip.get("media_reference").get("target_url").asText().endsWith("previs.mp4"));
        }
        assertEquals(frames, next, "clips sum to the video's frames");
        assertTrue(track.get("children").size() >= 3, "a shot per scene: " + track.get("children").size());
        long lineMarkers = 0;
        for (JsonNode m : track.get("markers")) if (m.get("comment").asText().equals("line")) lineMarkers++;
        assertEquals(3, lineMarkers);
    }

    @Test
    void edlEventsAreContiguousAndEndWithTheVideo() throws IOException {
        String edl = Files.readString(previs.resolve("shots.edl"));
        assertTrue(edl.startsWith("TITLE: previs.mp4\nFCM: NON-DROP FRAME\n"), edl);
        Matcher m = EDL_EVENT.matcher(edl);
        long expectedIn = 0;
        int events = 0;
        while (m.find()) {
            assertEquals(++events, Integer.parseInt(m.group(1)));
            assertEquals(expectedIn, frames(m, 2));
            expectedIn = frames(m, 6);
        }
        assertTrue(events >= 3, edl);
        assertEquals(frames, expectedIn, edl);
    }

    private static long frames(Matcher m, int group) {
        long h = Long.parseLong(m.group(group));
        long min = Long.parseLong(m.group(group + 1));
        long s = Long.parseLong(m.group(group + 2));
        long f = Long.parseLong(m.group(group + 3));
        return ((h * 60 + min) * 60 + s) * 24 + f;
    }

    @Test
    void aPrevisPathThatIsAFileIsRefusedBeforeRendering() throws IOException {
        Path file = dir.resolve("taken");
        Files.writeString(file, "x");
        Path out = dir.resolve("refused.mp4");
        Cli r = Cli.run("generate", dir.resolve("board.txt").toString(), "-o", out.toString(),
                "--size", "160x90", "--quiet", "--previs", file.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("not a directory"), r.err());
        assertFalse(Files.exists(out));
    }
}
