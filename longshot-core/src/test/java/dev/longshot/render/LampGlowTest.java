package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.Vec3;
import dev.longshot.world.scenery.Prop;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A lamp glows round its flame at night, behind what stands before it, never by day. */
class LampGlowTest {
    private static final int W = 320, H = 180, TILE = TriangleBins.TILE;
    private static final int UNLIT = 0x101418;

    private static Prop fire() {
        return RenderFixture.campfire();
    }

    private static FrameSpec at(double hour) {
        return RenderFixture.campAt(hour);
    }

    private static void assertUntouched(int[] rgb) {
        int[] untouched = new int[W * H];
        Arrays.fill(untouched, UNLIT);
        assertArrayEquals(untouched, rgb);
    }

    /** The fire's light on screen: x, y in pixels. */
    private static double[] onScreen(Projection proj) {
        Vec3 at = LightMeshes.lampAt(fire());
        double w = proj.clipFromWorld.apply(3, at.x(), at.y(), at.z());
        return new double[] {(proj.clipFromWorld.apply(0, at.x(), at.y(), at.z()) / w * 0.5
                + 0.5) * W, (0.5 - proj.clipFromWorld.apply(1, at.x(), at.y(), at.z()) / w * 0.5)
                * H};
    }

    private static LampGlow glow(FrameSpec spec, Projection proj) {
        return new LampGlow().build(spec, proj,
                new Fog().update(spec.lighting().fogDensity()));
    }

    /** Applies the glow to the tile under the lamp, its depth all {@code depth}. */
    private static int[] applied(LampGlow glow, double[] c, float depth, int[] ids,
                                 int[] counts) {
        int x0 = (int) c[0] / TILE * TILE, y0 = (int) c[1] / TILE * TILE;
        int[] bounds = {x0, y0, Math.min(W, x0 + TILE) - 1, Math.min(H, y0 + TILE) - 1};
        float[] tileDepth = new float[TILE * TILE];
        Arrays.fill(tileDepth, depth);
        int[] rgb = new int[W * H];
        Arrays.fill(rgb, UNLIT);
        glow.apply(bounds, tileDepth, rgb, ids, W, counts);
        return rgb;
    }

    @Test
    void aCampfireGlowsRoundItsFlamesAtNightAndTheirCoreCountsAsTheFire() {
        FrameSpec night = at(0);
        Projection proj = new Projection(night.camera(), W, H);
        double[] c = onScreen(proj);
        int[] ids = new int[W * H];
        int[] counts = new int[EntityIds.bundled().size()];
        counts[EntityIds.SKY] = ids.length;
        int[] rgb = applied(glow(night, proj), c, 0, ids, counts);
        int centre = (int) c[1] * W + (int) c[0];
        int warm = rgb[centre];
        assertTrue(Colors.red(warm) > 200 && Colors.red(warm) > Colors.blue(warm) + 60,
                "a warm bright core " + Integer.toHexString(warm));
        int beside = rgb[centre + 4];
        assertTrue(EdgeAntialias.luma(beside) > EdgeAntialias.luma(UNLIT) + 20,
                "a halo round it " + Integer.toHexString(beside));
        int id = EntityIds.bundled().of("campfire");
        assertEquals(id, ids[centre]);
        assertTrue(counts[id] > 0 && counts[id] + counts[EntityIds.SKY] == ids.length,
                "pixels moved from the sky to the fire: " + counts[id]);
    }

    @Test
    void whatStandsBeforeTheLampHidesItsGlow() {
        FrameSpec night = at(0);
        Projection proj = new Projection(night.camera(), W, H);
        double[] c = onScreen(proj);
        int[] counts = new int[EntityIds.bundled().size()];
        counts[EntityIds.SKY] = W * H;
        // A wall 1 m from the camera (1/w = 1) covers the whole tile.
        assertUntouched(applied(glow(night, proj), c, 1f, new int[W * H], counts));
    }

    @Test
    void byDayNothingGlows() {
        FrameSpec day = at(12);
        Projection proj = new Projection(day.camera(), W, H);
        int[] counts = new int[EntityIds.bundled().size()];
        assertUntouched(applied(glow(day, proj), onScreen(proj), 0, new int[W * H], counts));
    }

    @Test
    void theRenderedFireIsTheBrightestPartOfTheNight() {
        FrameSpec night = at(0);
        double[] c = onScreen(new Projection(night.camera(), W, H));
        try (SoftwareRenderer r = new SoftwareRenderer(W, H, 2)) {
            int[] rgb = r.render(night).rgb();
            long all = 0, near = 0, n = 0;
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    int l = EdgeAntialias.luma(rgb[y * W + x]);
                    all += l;
                    double dx = x + 0.5 - c[0], dy = y + 0.5 - c[1];
                    if (dx * dx + dy * dy <= 25) {
                        near += l;
                        n++;
                    }
                }
            }
            double frame = (double) all / rgb.length, fire = (double) near / n;
            assertTrue(fire > 2.5 * frame, "fire " + fire + " vs frame " + frame);
        }
    }
}
