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
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score} reads a real generated video: its cuts, its steadiness, its plot. */
class ScoreCommandTest {
    @TempDir
    static Path dir;
    static Path video;

    @BeforeAll
    static void generate() throws IOException {
        Path board = dir.resolve("board.txt");
        // three scenes, each held for 2 s: two cuts between lines of different worlds
        Files.writeString(board, "[2s] 晨光中的森林\n[2s] A desert at noon\n[2s] 夜晚的城市,下着雨\n",
                StandardCharsets.UTF_8);
        video = dir.resolve("three.mp4");
        Cli r = Cli.run("generate", board.toString(), "-o", video.toString(), "--size", "160x90",
                "--quiet", "--visible-label", "corner");
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void countsTheCutsBetweenScenesAndDrawsAPlot() throws IOException {
        Path png = dir.resolve("score.png");
        Cli r = Cli.run("score", video.toString(), "--json", "--quiet", "--plot", png.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(6 * 24, j.get("frames").asInt());
        JsonNode m = j.get("minutes").get(0);
        assertEquals(6 * 24 - 1, m.get("pairs").asInt());
        assertTrue(m.get("cuts").asInt() >= 1 && m.get("cuts").asInt() <= 2, r.out());
        assertTrue(m.get("meanSteadyChange").asDouble() < m.get("meanCutChange").asDouble(), r.out());
        assertTrue(j.get("drift").get("colourDistance").asDouble() > 10, "forest to night city: " + r.out());
        assertTrue(ImageIO.read(png.toFile()).getWidth() > 0);
    }

    @Test
    void scoringScaledFramesFindsTheSameCutsAndNearlyTheSameDrift() throws IOException {
        Cli full = Cli.run("score", video.toString(), "--json", "--quiet");
        Cli small = Cli.run("score", video.toString(), "--json", "--quiet", "--size", "80x44");
        assertEquals(0, small.exit(), small.err());
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(full.out()).get("minutes").get(0);
        JsonNode b = json.readTree(small.out()).get("minutes").get(0);
        assertEquals(a.get("cuts").asInt(), b.get("cuts").asInt(), small.out());
        double da = json.readTree(full.out()).get("drift").get("colourDistance").asDouble();
        double db = json.readTree(small.out()).get("drift").get("colourDistance").asDouble();
        assertEquals(da, db, 0.05 * da + 1, "means over pixels hardly move when scaled");
    }

    @Test
    void aScaledSizeOutsideTheRangeIsABadOption() {
        Cli r = Cli.run("score", video.toString(), "--quiet", "--size", "8x8");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--size 8x8"), r.err());
    }

    @Test
    void printsAPerMinuteTableAndTheDrift() {
        Cli r = Cli.run("score", video.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("drift (first vs last 15%"), r.out());
        assertTrue(r.out().contains("flicker on"), r.out());
    }

    @Test
    void readsTheStaticShotsFromThePlanEventsOfTheLogBesideTheVideo() {
        Cli r = Cli.run("score", video.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("flicker on the static shots the generation log names"),
                r.out());
    }

    @Test
    void aFileThatIsNotAVideoIsABadInput() throws IOException {
        Path text = dir.resolve("notes.mp4");
        Files.writeString(text, "not a video");
        Cli r = Cli.run("score", text.toString(), "--quiet");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("not a video"), r.err());
    }

    @Test
    void anUnwritablePlotFailsBeforeDecodingAndWritesNothing() {
        Path png = dir.resolve("no-such-dir").resolve("plot.png");
        Cli r = Cli.run("score", video.toString(), "--quiet", "--plot", png.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertFalse(Files.exists(png));
    }

    @Test
    void aMissingLogGivenByNameIsABadInput() {
        Cli r = Cli.run("score", video.toString(), "--quiet", "--log", dir.resolve("gone.log.json").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("no such generation log"), r.err());
    }
}
