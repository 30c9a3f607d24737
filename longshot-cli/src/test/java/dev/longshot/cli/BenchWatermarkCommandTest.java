package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchWatermarkCommandTest {
    @Test
    void coversEveryAttackTheIssueNames() {
        List<String> names = BenchWatermarkCommand.ATTACKS.stream()
                .map(BenchWatermarkCommand.Attack::name).toList();
        assertEquals(8, names.size());
        for (String want : List.of("none", "CRF 23", "CRF 28", "H.265", "downscale 50%",
                "crop 10%", "24 -> 30 fps", "brightness +10%")) {
            assertTrue(names.stream().anyMatch(n -> n.contains(want)), want + " in " + names);
        }
    }

    @Test
    void hasAtLeastFortyDistinctUnmarkedTestSources() {
        List<String> s = BenchWatermarkCommand.unmarkedSources();
        assertTrue(s.size() >= 40, "sources: " + s.size());
        assertEquals(s.size(), new HashSet<>(s).size());
    }

    @Test
    void refusesTooShortVideo() {
        Cli r = Cli.run("bench-watermark", "--seconds", "5");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--seconds"), r.err());
    }
}
