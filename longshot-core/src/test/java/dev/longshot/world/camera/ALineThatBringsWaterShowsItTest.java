package dev.longshot.world.camera;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.FrameSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line that brings water its subject crosses cuts to a side of the subject from which the
 * water is in the frame: from the side the camera was on, the stream lay in its cut behind
 * the bank (0 % of the frame on the previs example's low-angle line).
 */
class ALineThatBringsWaterShowsItTest {
    @Test
    void theStreamTheDeerLeapsOverIsInTheFrame() {
        List<FrameSpec> f = ShotRun.frames(0, "A deer runs across a meadow at dawn.",
                "Low angle: the deer leaps over the stream.");
        List<FrameSpec> line = ShotRun.line(f, 1);
        double stream = ShotRun.share(line, "stream");
        double deer = ShotRun.share(line, "deer");
        assertTrue(stream >= 0.05, "stream covers " + stream);
        assertTrue(deer >= 0.005, "deer covers " + deer);
    }
}
