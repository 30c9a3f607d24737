package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.FrameSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dark creature in a night close-up reads against the dark: the shot's target is lit with
 * a rim and a fill until its pixels (in the entity-id buffer) stand off what surrounds them.
 */
class TargetRimTest {
    private static final int W = 320, H = 180;

    /**
     * Over {@code frames}: {target's mean luminance, its surroundings' (the box round it),
     * its silhouette's inner edge, the pixels just outside it, its share of the frame}.
     */
    private static double[] seen(List<FrameSpec> frames, String id) {
        int target = EntityIds.bundled().of(id);
        double[] sum = new double[5];
        try (SoftwareRenderer r = new SoftwareRenderer(W, H, 2)) {
            for (FrameSpec s : frames) {
                Frame f = r.render(s);
                int[] ids = r.entityIds();
                int[] rgb = f.rgb();
                double[] m = TargetRim.means(rgb, ids, W, H, target,
                        TargetRim.bounds(ids, W, H, target));
                double[] e = edges(rgb, ids, target);
                sum[0] += m[0];
                sum[1] += m[1];
                sum[2] += e[0];
                sum[3] += e[1];
                sum[4] += f.shown().share(target);
            }
        }
        for (int k = 0; k < sum.length; k++) sum[k] /= frames.size();
        return sum;
    }

    /** {mean luminance of the target's pixels beside another's, of those others}. */
    private static double[] edges(int[] rgb, int[] ids, int target) {
        double in = 0, inN = 0, out = 0, outN = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x + 1 < W; x++) {
                int i = y * W + x;
                if ((ids[i] == target) == (ids[i + 1] == target)) continue;
                int a = ids[i] == target ? i : i + 1, b = a == i ? i + 1 : i;
                in += EdgeAntialias.luma(rgb[a]);
                inN++;
                out += EdgeAntialias.luma(rgb[b]);
                outN++;
            }
        }
        return new double[] {in / StrictMath.max(1, inN), out / StrictMath.max(1, outN)};
    }

    private static String describe(String id, double[] s) {
        return "%s %.1f against %.1f round it; edge %.1f against %.1f; %.1f %% of the frame"
                .formatted(id, s[0], s[1], s[2], s[3], 100 * s[4]);
    }

    /**
     * {@code id} in a night close-up: its outline reads, and its mean stands at least
     * {@code above} off what is round it.
     */
    private static void readsAgainstTheDark(String id, double above, String... lines) {
        double[] s = seen(ShownFrames.lastSecond(lines), id);
        String seen = describe(id, s);
        System.out.println(seen);
        assertTrue(s[4] >= 0.05, "a close-up: " + seen);
        assertTrue(s[0] - s[1] >= above, "stands off what is round it: " + seen);
        assertTrue(s[2] - s[3] >= 25, "its outline reads: " + seen);
    }

    @Test
    void aBlackCatInANightCloseUpStandsOffTheDarkByItsRim() {
        // A black cat is black (its coat is said): the rim carries it, not a grey fill.
        readsAgainstTheDark("cat", -5, "A village at night.",
                "Close-up of a black cat at night.");
    }

    @Test
    void aCrowInANightCloseUpStandsOffTheDark() {
        readsAgainstTheDark("crow", 15, "A forest at night.", "Close-up of a crow at night.");
    }

    @Test
    void aBearInANightCloseUpStandsOffTheDark() {
        readsAgainstTheDark("bear", 15, "A forest at night.", "Close-up of a bear at night.");
    }

    @Test
    void theFillLiftsADarkSubjectOnlyOverADarkSurround() {
        assertTrue(TargetRim.fill(20, 30) > 0.1, "black on black is lifted");
        assertEquals(0, TargetRim.fill(20, 160), "a silhouette on lit streets is left dark");
        assertEquals(0, TargetRim.fill(90, 30), "a pale subject on the dark already reads");
    }
}
