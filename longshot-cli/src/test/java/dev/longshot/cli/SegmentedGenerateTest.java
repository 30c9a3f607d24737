package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.JsonGenerationLog;
import dev.longshot.media.decode.AudioReader;
import dev.longshot.media.decode.VideoReader;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --resume} and {@code --from/--to}: segmented runs give the same frames. */
class SegmentedGenerateTest {
    private static final String BOARD = """
            晨光中的森林,鹿群在溪边饮水
            [2s] 镜头跟随小鹿抬头,展现天空中掠过的鹰
            [2s] A fox runs across the meadow at dusk
            [2s] 雨中的山谷,镜头缓缓推进
            """;
    private static final int FPS = 24;

    @TempDir
    static Path dir;
    static Path board;
    static Path full;
    static List<String> fullFrames;
    static short[] fullAudio;

    @BeforeAll
    static void uninterrupted() throws IOException {
        board = dir.resolve("board.txt");
        Files.writeString(board, BOARD, StandardCharsets.UTF_8);
        full = dir.resolve("full.mp4");
        Cli r = Cli.run(args(full, "--resume"));
        assertEquals(0, r.exit(), r.err());
        fullFrames = GenerateCommandTest.decodedFrameHashes(full);
        fullAudio = audio(full);
        assertEquals(7 * FPS, fullFrames.size());
    }

    @Test
    void resumedRunEqualsUninterruptedRun() throws Exception {
        Path out = dir.resolve("resumed.mp4");
        Path store = SegmentedGenerate.defaultWork(out);
        Random random = new Random(13);
        // Kill (SIGKILL) the run at seeded points: a moment after the 1st, then the 2nd,
        // segment is finished; each time the next run resumes from the store.
        for (int segmentsDone : new int[] {1, 2}) {
            Process p = fork(args(out, "--resume"));
            try {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while (finished(store) < segmentsDone && p.isAlive()
                        && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                Thread.sleep(random.nextInt(200));
                assertTrue(p.isAlive(), "the run ended before it could be killed");
            } finally {
                p.destroyForcibly();
                p.waitFor();
            }
            assertTrue(partials(dir).size() + partials(store).size() > 0,
                    "a killed run leaves temporary files for the next to clean");
        }
        Cli r = Cli.run(args(out, "--resume"));
        assertEquals(0, r.exit(), r.err());
        assertEquals(fullFrames, GenerateCommandTest.decodedFrameHashes(out));
        assertArrayEquals(fullAudio, audio(out));
        assertEquals(List.of(), partials(dir));
        assertEquals(List.of(), partials(store));
    }

    @Test
    void excerptFramesEqualFullRunFrames() throws IOException {
        // A fresh store: seconds 0–1 are made (not encoded) to reach the excerpt's start.
        Path out = dir.resolve("excerpt.mp4");
        Cli r = Cli.run(args(out, "--from", "00:00:02", "--to", "00:00:04"));
        assertEquals(0, r.exit(), r.err());
        assertEquals(fullFrames.subList(2 * FPS, 4 * FPS),
                GenerateCommandTest.decodedFrameHashes(out));
        Path store = SegmentedGenerate.defaultWork(out);
        assertTrue(Files.exists(store.resolve("seg-00001.mp4")));
        assertFalse(Files.exists(store.resolve("seg-00000.mp4")), "seconds before it not encoded");

        // Given the whole video's store, an excerpt is joined from its finished segments.
        Path joined = dir.resolve("excerpt-of-store.mp4");
        r = Cli.run(args(joined, "--from", "4", "--to", "00:07", "--work",
                SegmentedGenerate.defaultWork(full).toString()));
        assertEquals(0, r.exit(), r.err());
        assertEquals(fullFrames.subList(4 * FPS, 7 * FPS),
                GenerateCommandTest.decodedFrameHashes(joined));
    }

    @Test
    void changedStoryboardIsRefusedOnResume() throws IOException {
        Path changed = dir.resolve("changed.txt");
        Files.writeString(changed, BOARD.replace("fox", "wolf"), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(full);
        List<String> cmd = new ArrayList<>(List.of(args(full, "--resume")));
        cmd.set(1, changed.toString());
        Cli r = Cli.run(cmd.toArray(String[]::new));
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("storyboard:") && r.err().contains("--restart"), r.err());
        assertArrayEquals(before, Files.readAllBytes(full), "the video is left as it was");
    }

    @Test
    void verifyNamesWhereAnExcerptComesFrom() throws IOException {
        Path longer = dir.resolve("longer.txt");
        Files.writeString(longer, "[13s] A deer walks across the grassland at noon\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("verified.mp4");
        List<String> cmd = new ArrayList<>(List.of(args(out, "--from", "2", "--to", "13")));
        cmd.set(1, longer.toString());
        cmd.set(cmd.indexOf("160x90"), "320x180"); // the content ID needs more than 160x90
        Cli r = Cli.run(cmd.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        r = Cli.run("verify", out.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("excerpt:    00:00:02.000 – 00:00:13.000 of the original"),
                r.out());
        // the joined file is sealed after the join: both marks hold on it
        assertTrue(r.out().contains("watermark:  FOUND"), r.out());
        assertTrue(r.out().contains("C2PA:       valid"), r.out());
    }

    @Test
    void replayMakesASegmentedVideoTheSameWay() {
        // The provenance records the segments, so replay makes them again (not in one piece)
        Cli r = Cli.run("replay", full.toString(), "--quiet");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("identical: " + 7 * FPS + " decoded frames"), r.out());
    }

    @Test
    void plainGenerateMakesTheResumableRunsVideoAndLeavesNoStore() throws IOException {
        Path out = dir.resolve("plain.mp4");
        Cli r = Cli.run(args(out));
        assertEquals(0, r.exit(), r.err());
        assertEquals(fullFrames, GenerateCommandTest.decodedFrameHashes(out));
        assertArrayEquals(fullAudio, audio(out));
        assertFalse(Files.exists(SegmentedGenerate.defaultWork(out)), "the store is gone");
        String log = Files.readString(JsonGenerationLog.besideVideo(out));
        assertTrue(log.contains("\"role\":\"segments\""), "the log records the segments");
        try (VideoReader v = VideoReader.open(out)) {
            assertTrue(v.info().metadata().get("comment").contains("AI-generated"));
        }
    }

    @Test
    void plainGenerateSoundsAsTheSinglePassAndLooksAsItUpToTheEncoder() throws IOException {
        // --passes keeps the single pass: the same drawn frames and sound, encoded in one piece
        // (scene-cut key frames, no fixed segment grid), so decoded frames differ slightly
        Path single = dir.resolve("single.mp4");
        Cli r = Cli.run(args(single, "--previs", dir.resolve("previs-single").toString(),
                "--passes", "depth", "--stems", dir.resolve("stems-single").toString()));
        assertEquals(0, r.exit(), r.err());
        assertArrayEquals(fullAudio, audio(single));
        double[] diff = meanAbsoluteDifferences(full, single);
        assertEquals(fullFrames.size(), diff.length);
        for (int i = 0; i < diff.length; i++) {
            assertTrue(diff[i] < 4, "frame " + i + ": mean difference " + diff[i]);
        }
    }

    @Test
    void plainGenerateKilledFindsItsStoreAndMakesOnlyTheRest() throws Exception {
        Path out = dir.resolve("plain-killed.mp4");
        Path store = SegmentedGenerate.defaultWork(out);
        Path stems = dir.resolve("stems-killed");
        Path previs = dir.resolve("previs-killed");
        String[] args = args(out, "--stems", stems.toString(), "--previs", previs.toString());
        killAfter(args, store, 1);
        Cli r = Cli.run(loud(args));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("resuming from the checkpoint store " + store), r.err());
        assertTrue(r.err().contains("of 4 segment(s) made already"), r.err());
        assertEquals(fullFrames, GenerateCommandTest.decodedFrameHashes(out));
        assertArrayEquals(fullAudio, audio(out));
        assertFalse(Files.exists(store), "the store is gone once the video is made");
        assertEquals(List.of(), partials(dir));
        assertEquals(List.of(), partials(stems));
        // the stems of the whole video, though this run drew only its last seconds: the
        // single pass's (made by the test above, or here if it has not run)
        Path single = dir.resolve("stems-single");
        if (!Files.exists(dir.resolve("previs-single").resolve("shots.edl"))) {
            plainGenerateSoundsAsTheSinglePassAndLooksAsItUpToTheEncoder();
        }
        for (String layer : dev.longshot.audio.WorldSound.layerNames()) {
            assertArrayEquals(Files.readAllBytes(single.resolve(layer + ".wav")),
                    Files.readAllBytes(stems.resolve(layer + ".wav")), layer);
        }
        // and the previs hand-off of the whole video: cameras and shots as the single pass's
        Path singlePrevis = dir.resolve("previs-single");
        for (String f : List.of("camera.chan", "camera.json", "shots.otio", "shots.edl")) {
            String want = Files.readString(singlePrevis.resolve(f))
                    .replace(dir.resolve("single.mp4").toUri().toString(), out.toUri().toString())
                    .replace("single.mp4", out.getFileName().toString());
            assertEquals(want, Files.readString(previs.resolve(f)), f);
        }
    }

    @Test
    void plainGenerateRefusesAStoreLeftByOtherOptions() throws Exception {
        // its own directory: the killed run's temporary files stay there with the store
        Path out = Files.createDirectories(dir.resolve("changed")).resolve("plain-changed.mp4");
        Path store = SegmentedGenerate.defaultWork(out);
        killAfter(args(out), store, 0);
        List<String> cmd = new ArrayList<>(List.of(args(out)));
        cmd.set(cmd.indexOf("7"), "8"); // --seed
        Cli r = Cli.run(cmd.toArray(String[]::new));
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("seed: 7 → 8") && r.err().contains("--restart"), r.err());
        assertTrue(Files.exists(store.resolve("store.txt")), "the store is left for --restart");
        assertFalse(Files.exists(out));
    }

    /**
     * Runs {@code args} in another process and kills it (SIGKILL) once its store is made and
     * holds k finished segments.
     */
    private static void killAfter(String[] args, Path store, int k) throws Exception {
        Process p = fork(args);
        try {
            // generous: a loaded machine may take minutes to start a JVM and draw a segment
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
            while ((finished(store) < k || !Files.exists(store.resolve("store.txt")))
                    && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(p.isAlive(), "the run ended before it could be killed");
            assertTrue(finished(store) >= k, "killed before " + k + " segment(s) were made");
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    private static String[] loud(String[] args) {
        return Stream.of(args).filter(a -> !a.equals("--quiet")).toArray(String[]::new);
    }

    /** Per frame, the mean absolute difference of the decoded RGB channels, 0 … 255. */
    private static double[] meanAbsoluteDifferences(Path a, Path b) throws IOException {
        List<Double> out = new ArrayList<>();
        try (VideoReader x = VideoReader.open(a); VideoReader y = VideoReader.open(b)) {
            for (Frame f = x.nextFrame(), g = y.nextFrame(); f != null && g != null;
                    f = x.nextFrame(), g = y.nextFrame()) {
                long sum = 0;
                for (int i = 0; i < f.rgb().length; i++) {
                    for (int s = 0; s < 24; s += 8) {
                        sum += Math.abs((f.rgb()[i] >> s & 255) - (g.rgb()[i] >> s & 255));
                    }
                }
                out.add(sum / (3.0 * f.rgb().length));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String[] args(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("generate", board.toString(), "-o",
                out.toString(), "--size", "160x90", "--fps", Integer.toString(FPS), "--seed",
                "7", "--segment-seconds", "2", "--quiet"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static Process fork(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static long finished(Path store) throws IOException {
        if (!Files.isDirectory(store)) return 0;
        try (Stream<Path> s = Files.list(store)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".sha256")).count();
        }
    }

    private static List<Path> partials(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".partial") || n.endsWith(".tmp");
            }).toList();
        }
    }

    private static short[] audio(Path video) throws IOException {
        try (AudioReader a = AudioReader.open(video)) {
            return a.readAll();
        }
    }
}
