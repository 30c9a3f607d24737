package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.audio.LoudnessMeter;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchAudioCommandTest {
    @TempDir
    Path dir;

    @Test
    void theWildlifeExampleIsAtTheTargetLoudnessWithHeadroom() throws IOException {
        // Its first 20 s, decoded from the AAC track: -16 LUFS +- 1 LU, true peak <= -1 dBTP.
        LoudnessMeter m = BenchAudioCommand.measure(BenchStoryboards.storyboard(20),
                dir.resolve("w.mp4"), 320, 180);
        assertEquals(20, m.seconds(), 0.1);
        assertEquals(-16, m.integratedLufs(), 1.0);
        assertTrue(m.truePeakDb() <= -1, "true peak " + m.truePeakDb());
    }
}
