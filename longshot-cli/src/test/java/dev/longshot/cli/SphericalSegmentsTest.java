package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.DirectorConfig;
import dev.longshot.director.FrameProjection;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.ValidationConfig;
import dev.longshot.director.VideoCodec;
import dev.longshot.media.decode.AudioReader;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.render.RenderExtras;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 360° video made in segments is joined with what a player needs: the spherical (sv3d) and,
 * for stereo, the stereo-mode (st3d) boxes on its video, and its four-channel first-order
 * AmbiX sound with the SA3D box — the sound the single pass makes.
 */
class SphericalSegmentsTest {
    @TempDir
    static Path dir;
    static Path board;

    @BeforeAll
    static void storyboard() throws IOException {
        board = dir.resolve("board.txt");
        Files.writeString(board, "[3s] A lake in the mountains at dawn\n", StandardCharsets.UTF_8);
    }

    @Test
    void segmentedEquirectKeepsItsBoxesAndTheSinglePassSound() throws IOException {
        Path out = dir.resolve("360.mp4");
        Cli r = Cli.run(args(out, "192x96"));
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(SegmentedGenerate.defaultWork(out)), "made in segments");
        String boxes = Files.readString(out, StandardCharsets.ISO_8859_1);
        assertTrue(boxes.contains("sv3d") && boxes.contains("equi"), "spherical video box");
        assertFalse(boxes.contains("st3d"), "mono");
        assertTrue(boxes.contains("SA3D"), "first-order AmbiX box");
        short[] sound;
        try (AudioReader a = AudioReader.open(out)) {
            assertEquals(4, a.channels());
            sound = a.readAll();
        }
        // the single pass, as generate made it before segments
        Path single = dir.resolve("360-single.mp4");
        byte[] bytes = Files.readAllBytes(board);
        DirectorConfig config = new DirectorConfig(192, 96, 12, 3, VideoCodec.H264,
                Runtime.getRuntime().availableProcessors(), FrameProjection.EQUIRECT,
                RenderExtras.NONE);
        SinglePassVideo.render(new RunRequest(
                StoryboardParser.parse(board.toString(), bytes), bytes, config,
                ValidationConfig.defaults().withStrictness(0.7), LabelMode.BOTH),
                single, ProgressListener.NONE);
        try (AudioReader a = AudioReader.open(single)) {
            assertArrayEquals(a.readAll(), sound);
        }
    }

    @Test
    void segmentedTopBottomStereoKeepsItsStereoBox() throws IOException {
        Path out = dir.resolve("360-stereo.mp4");
        Cli r = Cli.run(args(out, "128x128", "--stereo", "top-bottom"));
        assertEquals(0, r.exit(), r.err());
        String boxes = Files.readString(out, StandardCharsets.ISO_8859_1);
        assertTrue(boxes.contains("sv3d"), "spherical video box");
        int st3d = boxes.indexOf("st3d");
        assertTrue(st3d > 0, "stereo mode box");
        assertEquals(1, boxes.charAt(st3d + 8), "top-bottom");
    }

    private static String[] args(Path out, String size, String... more) {
        List<String> a = new ArrayList<>(List.of("generate", board.toString(), "-o",
                out.toString(), "--projection", "equirect", "--size", size, "--fps", "12",
                "--seed", "3", "--segment-seconds", "2", "--quiet"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }
}
