package dev.longshot.media.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CoherenceScorerTest {
    private static final int W = 64;
    private static final int H = 36;

    /** A horizontal gradient shifted by {@code offset} pixels, in a grey level around {@code level}. */
    private static int[] gradient(int offset, int level) {
        int[] rgb = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int v = Math.max(0, Math.min(255, level + ((x + offset) % W) - W / 2));
                rgb[y * W + x] = v << 16 | v << 8 | v;
            }
        }
        return rgb;
    }

    private static int[] flat(int r, int g, int b) {
        int[] rgb = new int[W * H];
        Arrays.fill(rgb, r << 16 | g << 8 | b);
        return rgb;
    }

    @Test
    void slowPanIsSteadyAndAHardCutIsCountedOnce() {
        CoherenceScorer s = new CoherenceScorer(24, null);
        for (int f = 0; f < 24; f++) s.accept(gradient(f, 100), W);
        for (int f = 0; f < 24; f++) s.accept(flat(20, 200, 40), W);
        MinuteCoherence m = s.report().minutes().get(0);
        assertEquals(47, m.pairs());
        assertEquals(1, m.cuts());
        assertTrue(m.meanCutChange() > 40, "cut change " + m.meanCutChange());
        assertTrue(m.meanSteadyChange() < 3, "steady change " + m.meanSteadyChange());
    }

    @Test
    void brightnessFlickerLowersTheFlickerScore() {
        CoherenceScorer still = new CoherenceScorer(24, null);
        CoherenceScorer flickering = new CoherenceScorer(24, null);
        for (int f = 0; f < 48; f++) {
            still.accept(flat(100, 100, 100), W);
            flickering.accept(flat(100 + (f % 2) * 8, 100, 100 + (f % 2) * 8), W);
        }
        assertEquals(1.0, still.report().minutes().get(0).flicker(), 1e-12);
        double score = flickering.report().minutes().get(0).flicker();
        assertEquals((255 - 16 / 3.0) / 255, score, 1e-9);
        assertEquals(0, flickering.report().minutes().get(0).cuts());
    }

    @Test
    void flickerCountsOnlyTheStaticSecondsWhenTheyAreKnown() {
        CoherenceScorer s = new CoherenceScorer(10, second -> second == 1);
        for (int f = 0; f < 30; f++) s.accept(gradient(f, 120), W);
        MinuteCoherence m = s.report().minutes().get(0);
        assertEquals(10, m.staticPairs());
        assertTrue(s.report().staticKnown());
    }

    @Test
    void framesFallIntoTheirMinute() {
        CoherenceScorer s = new CoherenceScorer(2, null);
        for (int f = 0; f < 2 * 150; f++) s.accept(flat(50, 50, 50), W);
        CoherenceReport r = s.report();
        assertEquals(3, r.minutes().size());
        assertEquals(119, r.minutes().get(0).pairs());
        assertEquals(120, r.minutes().get(1).pairs());
        assertEquals(60, r.minutes().get(2).pairs());
        assertEquals(300, r.frames());
    }

    @Test
    void driftComparesTheFirstAndLastFifteenPercent() {
        CoherenceScorer s = new CoherenceScorer(24, null);
        for (int f = 0; f < 100; f++) {
            int v = f < 15 ? 40 : f >= 85 ? 140 : 90;
            s.accept(flat(v, v, v), W);
        }
        Drift d = s.report().drift();
        assertEquals(15, d.framesEach());
        assertEquals(100, d.lumaChange(), 1e-3);
        assertEquals(100 * Math.sqrt(3), d.colourDistance(), 1e-3);
    }

    @Test
    void aFrameOfAnotherSizeIsRefused() {
        CoherenceScorer s = new CoherenceScorer(24, null);
        s.accept(flat(1, 2, 3), W);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> s.accept(new int[W * (H - 1)], W));
        assertTrue(e.getMessage().contains("changes size"), e.getMessage());
    }
}
