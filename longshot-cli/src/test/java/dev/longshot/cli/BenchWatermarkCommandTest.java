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
    void attacksAreChosenByIdInTheTablesOrder() {
        List<String> ids = WatermarkAttacks.ALL.stream().map(WatermarkAttacks.Attack::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "ids must be unique: " + ids);
        assertEquals(List.of("H.264 CRF 23", "mirrored"), WatermarkAttacks.select(" mirrored,crf23")
                .stream().map(WatermarkAttacks.Attack::name).toList());
        assertEquals(WatermarkAttacks.ALL, WatermarkAttacks.select(null));
    }

    @Test
    void excerptStartsDependOnlyOnTheirIndexCountAndVideoLength() {
        // the excerpts of earlier runs, so figures stay comparable between runs and machines
        assertEquals(0.0, BenchWatermarkCommand.excerptStart(0, 25, 18));
        assertEquals(7 * 1.0 / 25 + 7 / 24.0, BenchWatermarkCommand.excerptStart(1, 25, 18));
        assertEquals(7 * 24.0 / 25 + 0 / 24.0, BenchWatermarkCommand.excerptStart(24, 25, 18));
        HashSet<Double> starts = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            double s = BenchWatermarkCommand.excerptStart(i, 100, 20);
            assertTrue(s >= 0 && s + BenchWatermarkCommand.EXCERPT_SECONDS <= 20, "start " + s);
            assertTrue(starts.add(s), "excerpt " + i + " repeats start " + s);
        }
    }

    @Test
    void scenesAreChosenByName() {
        assertEquals(List.of("night-harbour.txt", "rain-town.txt"),
                BenchWatermarkCommand.selectScenes("rain-town, night-harbour"));
    }

    @Test
    void refusesAnUnknownAttackOrSceneNamingTheKnownOnes() {
        Cli a = Cli.run("bench-watermark", "--attacks", "crf23,blur");
        assertEquals(2, a.exit());
        assertTrue(a.err().contains("unknown attack 'blur'") && a.err().contains("426x240-30fps"),
                a.err());
        Cli s = Cli.run("bench-watermark", "--scenes", "moonbase");
        assertEquals(2, s.exit());
        assertTrue(s.err().contains("unknown scene 'moonbase'") && s.err().contains("snowfall"),
                s.err());
        Cli j = Cli.run("bench-watermark", "--jobs", "0");
        assertEquals(2, j.exit());
        assertTrue(j.err().contains("--jobs"), j.err());
    }

    @Test
    void refusesTooShortVideo() {
        Cli r = Cli.run("bench-watermark", "--seconds", "5");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--seconds"), r.err());
    }

    @Test
    void refusesNegativeCountsButTakesNoExcerptsAsFalsePositivesOnly() {
        Cli r = Cli.run("bench-watermark", "--excerpts", "-1");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--excerpts >= 0"), r.err());
        Cli u = Cli.run("bench-watermark", "--unmarked", "-3");
        assertEquals(2, u.exit());
        assertTrue(u.err().contains("--unmarked >= 0"), u.err());
    }
}
