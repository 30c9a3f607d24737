package dev.longshot.media.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.VideoCodec;
import dev.longshot.media.TestVideos;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncoderThroughputTest {
    @TempDir Path dir;

    @Test
    void measuresAFrameRateAndLeavesNoVideoBehind() throws IOException {
        List<Frame> frames = List.of(
                TestVideos.pattern(TestVideos.WIDTH, TestVideos.HEIGHT, 0, TestVideos.FPS),
                TestVideos.pattern(TestVideos.WIDTH, TestVideos.HEIGHT, 1, TestVideos.FPS));
        double fps = EncoderThroughput.framesPerSecond(frames, 48,
                TestVideos.format(VideoCodec.H264), dir);
        assertTrue(fps > 0 && Double.isFinite(fps), "fps " + fps);
        assertEquals(0, LabelledVideoWriterTest.count(dir));
    }

    @Test
    void framesOfTheWrongSizeFailAndLeaveNothing() {
        List<Frame> wrong = List.of(TestVideos.pattern(160, 120, 0, TestVideos.FPS));
        assertThrows(IllegalArgumentException.class, () -> EncoderThroughput.framesPerSecond(
                wrong, 4, TestVideos.format(VideoCodec.H264), dir));
        assertEquals(0, LabelledVideoWriterTest.count(dir));
    }
}
