package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** End to end: a small generated video made again from its own provenance. */
class ReplayCommandTest {
    private static final String BOARD = """
            晨光中的森林,鹿群在溪边饮水
            镜头跟随小鹿抬头
            Aerial shot over the valley at dusk
            """;

    @TempDir
    static Path dir;
    static Path video;
    static Path log;

    @BeforeAll
    static void generate() throws IOException {
        Path board = dir.resolve("board.txt");
        Files.writeString(board, BOARD, StandardCharsets.UTF_8);
        video = dir.resolve("clip.mp4");
        log = dir.resolve("clip.log.json");
        Cli made = Cli.run("generate", board.toString(), "-o", video.toString(),
                "--size", "160x90", "--seed", "7", "--quiet");
        assertEquals(0, made.exit(), made.err());
    }

    @Test
    void replayOfAVideoGivesIdenticalDecodedFrames() {
        Cli replay = Cli.run("replay", video.toString(), "--quiet");
        assertEquals(0, replay.exit(), replay.err());
        assertTrue(replay.out().contains("identical: 72 decoded frames"), replay.out());
        assertTrue(replay.out().contains("record from clip.mp4"), replay.out());
    }

    @Test
    void replayFromTheLogKeepsTheReRenderAndItsLogAtOut(@TempDir Path elsewhere) {
        Path out = elsewhere.resolve("again.mp4");
        Cli replay = Cli.run("replay", log.toString(), "-o", out.toString(), "--quiet");
        assertEquals(0, replay.exit(), replay.err());
        assertTrue(replay.out().contains("record from clip.log.json"), replay.out());
        assertTrue(Files.isRegularFile(out));
        assertTrue(Files.isRegularFile(elsewhere.resolve("again.log.json")));
    }

    @Test
    void theTemporaryReRenderIsDeleted() throws IOException {
        long before = replayDirs();
        assertEquals(0, Cli.run("replay", video.toString(), "--quiet").exit());
        assertEquals(before, replayDirs());
    }

    @ParameterizedTest
    @CsvSource({"catalog, catalog.json", "idioms, idioms.tsv", "label-mask, label-ai"})
    void aRecordWhoseResourceDiffersIsRefusedNamingIt(String resource, String file,
            @TempDir Path copy) throws IOException {
        Path tampered = tamperedCopy(copy, p -> {
            for (var r : p.withArray("resources")) {
                if (r.get("name").asText().equals(resource)) {
                    ((ObjectNode) r).put("sha256", "00".repeat(32));
                }
            }
        });
        Cli replay = Cli.run("replay", tampered.toString(), "--quiet");
        assertEquals(2, replay.exit(), replay.out());
        assertTrue(replay.err().contains("replay refused: resource '" + resource + "'"),
                replay.err());
        assertTrue(replay.err().contains(file), replay.err());
        assertTrue(replay.err().contains("00".repeat(32)), replay.err());
    }

    @Test
    void aRecordThatMakesOtherFramesNamesTheFirstDifferingFrame(@TempDir Path copy)
            throws IOException {
        Path tampered = tamperedCopy(copy,
                p -> ((ObjectNode) p.get("config")).put("seed", 8));
        Cli replay = Cli.run("replay", tampered.toString(), "--quiet");
        assertEquals(1, replay.exit(), replay.err());
        assertTrue(replay.out().contains("first differ at frame"), replay.out());
    }

    @Test
    void aTruncatedVideoIsBadInput() throws IOException {
        Path cut = dir.resolve("cut.mp4");
        byte[] bytes = Files.readAllBytes(video);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Cli replay = Cli.run("replay", cut.toString(), "--quiet");
        assertEquals(2, replay.exit(), replay.err());
        assertTrue(replay.err().contains("cut.mp4"), replay.err());
        assertTrue(replay.err().contains("truncated or corrupt"), replay.err());
    }

    @Test
    void aCorruptLogIsBadInput(@TempDir Path copy) throws IOException {
        Files.copy(video, copy.resolve("clip.mp4"));
        String json = Files.readString(log);
        Path broken = copy.resolve("clip.log.json");
        Files.writeString(broken, json.substring(0, json.length() / 2));
        Cli replay = Cli.run("replay", broken.toString(), "--quiet");
        assertEquals(2, replay.exit(), replay.err());
        assertTrue(replay.err().contains("not a readable generation log"), replay.err());
    }

    @Test
    void aLogWithoutItsVideoSaysWhatIsMissing(@TempDir Path copy) throws IOException {
        Path alone = copy.resolve("clip.log.json");
        Files.copy(log, alone);
        Cli replay = Cli.run("replay", alone.toString(), "--quiet");
        assertEquals(2, replay.exit(), replay.err());
        assertTrue(replay.err().contains("clip.mp4, is not beside it"), replay.err());
    }

    @Test
    void aLongStoryboardIsReplayedFromTheLogBesideItsVideo(@TempDir Path work)
            throws IOException {
        Path board = work.resolve("long.txt");
        Files.writeString(board, "# " + "long preface ".repeat(400) + "\n" + BOARD,
                StandardCharsets.UTF_8);
        Path longVideo = work.resolve("long.mp4");
        assertEquals(0, Cli.run("generate", board.toString(), "-o", longVideo.toString(),
                "--size", "160x90", "--fps", "8", "--quiet").exit());
        Cli first = Cli.run("replay", longVideo.toString(), "--quiet");
        assertEquals(0, first.exit(), first.out() + first.err());

        Files.move(work.resolve("long.log.json"), work.resolve("moved.json"));
        Cli without = Cli.run("replay", longVideo.toString(), "--quiet");
        assertEquals(2, without.exit(), without.err());
        assertTrue(without.err().contains("needs the generation log"), without.err());
        assertTrue(without.err().contains("long.log.json"), without.err());
    }

    @Test
    void outMustNotBeTheVideoBeingReplayed() {
        Cli replay = Cli.run("replay", video.toString(), "-o", video.toString(), "--quiet");
        assertEquals(2, replay.exit(), replay.err());
        assertTrue(replay.err().contains("is the video being replayed"), replay.err());
        assertFalse(replay.out().contains("identical"), replay.out());
    }

    /** The video and an edited copy of its log, side by side in {@code copy}. */
    private static Path tamperedCopy(Path copy, Consumer<ObjectNode> edit) throws IOException {
        Files.copy(video, copy.resolve("clip.mp4"));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(log.toFile());
        edit.accept((ObjectNode) root.get("provenance"));
        Path tampered = copy.resolve("clip.log.json");
        mapper.writeValue(tampered.toFile(), root);
        return tampered;
    }

    private static long replayDirs() throws IOException {
        try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(p -> p.getFileName().toString().startsWith("longshot-replay-"))
                    .count();
        }
    }
}
