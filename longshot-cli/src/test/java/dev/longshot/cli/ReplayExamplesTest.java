package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code longshot replay} on every example in {@code examples/}: the first seconds of each,
 * at 160x90, give identical decoded frames. Whole examples: {@code bin/replay-examples}.
 */
class ReplayExamplesTest {
    private static final int SECONDS = 3;

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("../examples")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void replayOfAnExampleGivesIdenticalDecodedFrames(Path example, @TempDir Path dir)
            throws IOException {
        Path board = dir.resolve("opening.txt");
        Files.writeString(board, opening(example), StandardCharsets.UTF_8);
        Path video = dir.resolve("opening.mp4");
        Cli made = Cli.run("generate", board.toString(), "-o", video.toString(),
                "--size", "160x90", "--quiet");
        assertEquals(0, made.exit(), made.err());
        Cli replay = Cli.run("replay", video.toString(), "--quiet");
        assertEquals(0, replay.exit(), example + ": " + replay.out() + replay.err());
        assertTrue(replay.out().contains("identical: " + SECONDS * 24 + " decoded frames"),
                replay.out());
    }

    /** The example's first seconds as a text storyboard, each line with its hold. */
    private static String opening(Path example) throws IOException {
        Storyboard full = StoryboardParser.parse(example.toString(), Files.readAllBytes(example));
        StringBuilder text = new StringBuilder();
        for (StoryLine line : full.lines()) {
            if (line.startSecond() >= SECONDS) break;
            int hold = Math.min(line.seconds(), SECONDS - line.startSecond());
            text.append('[').append(hold).append("s] ").append(line.text()).append('\n');
        }
        return text.toString();
    }
}
