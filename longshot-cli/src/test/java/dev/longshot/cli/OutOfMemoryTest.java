package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A heap too small for the frame size is a clear message and exit 4, not a stack trace. */
class OutOfMemoryTest {
    @Test
    void tooSmallAHeapSaysWhatToSetAndLeavesNothingBehind(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path board = dir.resolve("board.txt");
        Files.writeString(board, "[3s] A forest at dawn\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("big.mp4");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx160m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "generate", board.toString(), "-o", out.toString(), "--size", "3840x2160",
                "--quiet");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(ExitCode.INTERNAL, p.exitValue(), output);
        assertTrue(output.contains("out of memory") && output.contains("LONGSHOT_JAVA_OPTS=-Xmx"),
                output);
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(board), left.toList());
        }
    }
}
