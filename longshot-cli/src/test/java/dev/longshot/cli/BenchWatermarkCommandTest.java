package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchWatermarkCommandTest {
    @Test
    void coversEveryAttackTheIssueNames() {
        List<String> names = WatermarkAttacks.ALL.stream()
                .map(WatermarkAttacks.Attack::name).toList();
        assertEquals(14, names.size());
        for (String want : List.of("none", "CRF 23", "CRF 28", "H.265", "downscale 50%",
                "426x240 CRF 28", "320x180 CRF 28", "426x240 + 30 fps", "crop 10%",
                "24 -> 30 fps", "brightness +10%", "mirrored", "rotated +2", "rotated -2")) {
            assertTrue(names.stream().anyMatch(n -> n.contains(want)), want + " in " + names);
        }
    }

    @Test
    void benchmarksEveryBundledExampleIncludingNightRainAndSnow() {
        List<String> names = BundledExamples.names();
        for (String want : List.of("wildlife.txt", "night-harbour.txt", "rain-town.txt",
                "snowfall.txt", "river-journey.json")) {
            assertTrue(names.contains(want), want + " in " + names);
        }
        assertEquals("night-harbour", BundledExamples.scene("night-harbour.txt"));
        assertEquals(30, BundledExamples.seconds(BundledExamples.opening("wildlife.txt", 30)));
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
