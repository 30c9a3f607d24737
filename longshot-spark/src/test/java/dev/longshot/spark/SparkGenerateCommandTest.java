package dev.longshot.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.longshot.cli.ExitCode;
import dev.longshot.cli.FrameComparison;
import dev.longshot.cli.Main;
import dev.longshot.media.encode.FfmpegProgram;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code spark-generate} on {@code local[2]} (loopback, no UI) makes the video that the
 * single-process segmented run makes: the same sound in every segment and the same decoded
 * frames; bad input is refused before anything is written.
 */
class SparkGenerateCommandTest {
    // 20 s, cut into 5-s segments (2 tasks of 2 segments at once), scene changes across them
    private static final String BOARD = """
            [4s] 晨光中的森林,鹿群在溪边饮水
            [4s] 镜头跟随小鹿抬头,展现天空中掠过的鹰
            [4s] A fox runs across the meadow at dusk
            [4s] 雨中的山谷,镜头缓缓推进
            [4s] Snow falls on the village at night
            """;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    @Test
    void localTwoEqualsTheSingleProcessSegmentedRun() throws IOException {
        assumeTrue(FfmpegProgram.runs(),
                "the bundled ffmpeg program does not start here: apt-get install libpulse0");
        Path board = board();
        Path spark = dir.resolve("spark.mp4");
        Run s = spark(args("spark-generate", board, spark, "--master", "local[2]"));
        assertEquals(0, s.exit(), s.err());
        assertTrue(s.err().contains("2 Spark task(s) on local[2] in 1 round(s)"), s.err());

        Path single = dir.resolve("single.mp4");
        assertEquals(0, Main.run(args("generate", board, single, "--resume")));

        Path sparkStore = dir.resolve(".spark.mp4.longshot");
        Path singleStore = dir.resolve(".single.mp4.longshot");
        for (int k = 0; k < 4; k++) { // the MP4s differ in their creation time only
            String sums = String.format("seg-%05d.sha256", k);
            assertEquals(pcmSum(singleStore.resolve(sums)), pcmSum(sparkStore.resolve(sums)),
                    "segment " + k + "'s sound differs");
        }
        FrameComparison same = FrameComparison.of(single, spark);
        assertTrue(same.identical(), same.reason());
        assertEquals(20 * 24, same.frames());
        assertEquals(List.of(), temporaryFiles(dir), "nothing half-written is left");
        assertEquals(List.of(), temporaryFiles(sparkStore));

        // Run again: every segment is finished, so only the join is left (no Spark task).
        s = spark(args("spark-generate", board, spark, "--master", "local[2]"));
        assertEquals(0, s.exit(), s.err());
        assertFalse(s.err().contains("round 1"), s.err());
        assertTrue(FrameComparison.of(single, spark).identical());
    }

    @ParameterizedTest
    @ValueSource(strings = {"local[two]", "local[0]", "mesos://host:5050", "spark://nohost"})
    void badMasterIsRefusedAndNothingIsWritten(String master) throws IOException {
        Path out = dir.resolve("out.mp4");
        Run r = spark(args("spark-generate", board(), out, "--master", master));
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("--master " + master + ": not a Spark master"), r.err());
        assertEquals(List.of("board.txt"), names(dir), "no output, no store");
    }

    @Test
    void missingStoryboardIsRefusedAndNothingIsWritten() throws IOException {
        Path out = dir.resolve("out.mp4");
        Run r = spark(args("spark-generate", dir.resolve("nowhere.txt"), out, "--master",
                "local[2]"));
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("nowhere.txt"), r.err());
        assertEquals(List.of(), names(dir));
    }

    private Path board() throws IOException {
        Path board = dir.resolve("board.txt");
        Files.writeString(board, BOARD, StandardCharsets.UTF_8);
        return board;
    }

    private static String[] args(String command, Path board, Path out, String... more) {
        List<String> a = new ArrayList<>(List.of(command, board.toString(), "-o",
                out.toString(), "--size", "160x90", "--fps", "24", "--seed", "3",
                "--segment-seconds", "5"));
        if (command.equals("generate")) a.add("--quiet");
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static Run spark(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.runCommand(new SparkMain(), new PrintWriter(out, true),
                new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String pcmSum(Path sums) throws IOException {
        return Files.readAllLines(sums).stream().filter(l -> l.startsWith("pcm="))
                .findFirst().orElseThrow();
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Path> temporaryFiles(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".partial") || n.endsWith(".tmp");
            }).toList();
        }
    }
}
