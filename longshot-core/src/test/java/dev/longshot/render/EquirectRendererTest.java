package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.FrameSpec;
import org.junit.jupiter.api.Test;

class EquirectRendererTest extends FrameGeneratorContract {
    @Override
    protected FrameGenerator create(int width, int height, int threads) {
        return new EquirectRenderer(width, height, threads);
    }

    /** Two to one, as every equirectangular frame. */
    @Override
    protected int[] size() {
        return new int[] {64, 32};
    }

    @Override
    protected FrameSpec checkedSpec() {
        return RenderFixture.overLake();
    }

    private static final int W = 256;
    private static final int H = 128;

    private static int[] render(FrameSpec spec, int threads) {
        try (var r = new EquirectRenderer(W, H, threads)) {
            Frame f = r.render(spec);
            assertEquals(W, f.width());
            assertEquals(H, f.height());
            return f.rgb();
        }
    }

    private static int distance(int a, int b) {
        return Math.abs(((a >> 16) & 255) - ((b >> 16) & 255))
                + Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)) + Math.abs((a & 255) - (b & 255));
    }

    @Test
    void skyOnTopGroundBelowAndTheEdgesJoin() {
        int[] px = render(RenderFixture.overStream(), 2);
        for (int x = 0; x < W; x++) {
            int top = px[x];
            int bottom = px[(H - 1) * W + x];
            assertTrue((top & 255) > ((top >> 16) & 255) + 40, "blue sky at top " + x);
            int g = (bottom >> 8) & 255;
            assertTrue(g > (bottom & 255) && g > ((bottom >> 16) & 255), "ground at bottom " + x);
        }
        long seam = 0;
        long across = 0;
        for (int y = 0; y < H; y++) {
            seam += distance(px[y * W], px[y * W + W - 1]);
            across += distance(px[y * W], px[y * W + W / 2]);
        }
        assertTrue(seam < 12L * H, "columns 0 and W-1 differ by " + seam / (double) H);
        assertTrue(seam * 3 < across, "seam " + seam + " vs half a turn " + across);
    }

    @Test
    void rejectsFramesThatAreNotTwoToOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> new EquirectRenderer(320, 180, 1));
        assertTrue(e.getMessage().contains("2 x height"), e.getMessage());
    }
}
