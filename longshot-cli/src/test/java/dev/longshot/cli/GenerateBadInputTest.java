package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input: a clear message naming the problem, exit code 2, and no file written. */
class GenerateBadInputTest {
    @TempDir
    Path dir;

    private Path board(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path board(String name, String text) throws IOException {
        return board(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs generate into dir/out.mp4 and checks the failure is clean. */
    private String failsCleanly(Path storyboard, String... extra) throws IOException {
        Path out = dir.resolve("out.mp4");
        List<String> args = new ArrayList<>(List.of("generate", storyboard.toString(),
                "-o", out.toString(), "--quiet"));
        if (!List.of(extra).contains("--size")) args.addAll(List.of("--size", "128x72"));
        args.addAll(List.of(extra));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.exit(), r.err());
        assertTrue(Files.notExists(out), "nothing under the output name");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("partial")),
                    "no partial file");
        }
        return r.err();
    }

    @Test
    void emptyStoryboard() throws IOException {
        String err = failsCleanly(board("empty.txt", "# only a comment\n\n"));
        assertTrue(err.contains("empty.txt") && err.contains("no lines"), err);
    }

    @Test
    void gbkEncodedStoryboardIsNamedAsSuch() throws IOException {
        String err = failsCleanly(board("gbk.txt",
                "晨光中的森林,鹿群在溪边饮水\n".getBytes(Charset.forName("GB18030"))));
        assertTrue(err.contains("gbk.txt:1") && err.contains("GB18030"), err);
    }

    @Test
    void malformedDurationNamesTheLine() throws IOException {
        String err = failsCleanly(board("bad.txt", "森林\n[5x] 山谷\n"));
        assertTrue(err.contains("bad.txt:2"), err);
    }

    @Test
    void zeroDuration() throws IOException {
        String err = failsCleanly(board("zero.txt", "[0s] 森林\n"));
        assertTrue(err.contains("zero.txt:1") && err.contains("at least 1 second"), err);
    }

    @Test
    void moreThanADay() throws IOException {
        String err = failsCleanly(board("long.txt", "[20:00:00] 森林\n[5h] 山谷\n"));
        assertTrue(err.contains("long.txt:2") && err.contains("24"), err);
    }

    @Test
    void overlongLine() throws IOException {
        String err = failsCleanly(board("wide.txt", "森".repeat(2001) + "\n"));
        assertTrue(err.contains("wide.txt:1") && err.contains("2,000"), err);
    }

    @Test
    void missingStoryboard() throws IOException {
        String err = failsCleanly(dir.resolve("nope.txt"));
        assertTrue(err.contains("nope.txt") && err.contains("no such file"), err);
    }

    @Test
    void storyboardThatIsADirectory() throws IOException {
        String err = failsCleanly(Files.createDirectory(dir.resolve("boards")));
        assertTrue(err.contains("is a directory"), err);
    }

    @Test
    void outputDirectoryMissing() throws IOException {
        Path good = board("good.txt", "森林\n");
        Path out = dir.resolve("no/such/dir/out.mp4");
        Cli r = Cli.run("generate", good.toString(), "-o", out.toString(), "--quiet");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("does not exist"), r.err());
    }

    @Test
    void outputDirectoryNotWritable() throws IOException {
        Path good = board("good.txt", "森林\n");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assertTrue(locked.toFile().setWritable(false, false));
        try {
            // Root ignores permission bits: report the test as skipped rather than passed.
            Assumptions.assumeFalse(Files.isWritable(locked), "running as root");
            Cli r = Cli.run("generate", good.toString(), "-o", locked.resolve("o.mp4").toString());
            assertEquals(2, r.exit());
            assertTrue(r.err().contains("not writable"), r.err());
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void outputThatIsNotMp4() throws IOException {
        Path good = board("good.txt", "森林\n");
        Cli r = Cli.run("generate", good.toString(), "-o", dir.resolve("x.avi").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(".mp4"), r.err());
    }

    @Test
    void badOptions() throws IOException {
        Path good = board("good.txt", "森林\n");
        assertTrue(failsCleanly(good, "--size", "12x").contains("WIDTHxHEIGHT"));
        assertTrue(failsCleanly(good, "--size", "641x360").contains("even"));
        assertTrue(failsCleanly(good, "--fps", "0").contains("fps"));
        assertTrue(failsCleanly(good, "--codec", "vp8").contains("h264, h265, av1"));
        assertTrue(failsCleanly(good, "--threads", "0").contains("--threads"));
        assertTrue(failsCleanly(good, "--frobnicate").contains("frobnicate"));
        assertTrue(failsCleanly(good, "--projection", "fisheye").contains("perspective, equirect"));
        assertTrue(failsCleanly(good, "--projection", "equirect", "--size", "640x360")
                .contains("2 x height"));
    }

    @Test
    void stereoNeedsA360ProjectionAndASquareFrame() throws IOException {
        Path good = board("good.txt", "森林\n");
        assertTrue(failsCleanly(good, "--stereo", "top-bottom").contains("--projection equirect"));
        assertTrue(failsCleanly(good, "--projection", "equirect", "--stereo", "top-bottom",
                "--size", "640x320").contains("width = height"));
        assertTrue(failsCleanly(good, "--projection", "equirect", "--stereo", "side-by-side",
                "--size", "640x320").contains("none or top-bottom"));
    }
}
