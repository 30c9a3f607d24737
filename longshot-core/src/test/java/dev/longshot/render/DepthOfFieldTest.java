package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.camera.Focus;
import org.junit.jupiter.api.Test;

/**
 * The depth-of-field pass blurs by depth: the plane of focus stays sharp, what lies far from
 * it (and the sky) is blurred, and the result is the same for any thread count.
 */
class DepthOfFieldTest {
    private static final int W = 200;
    private static final int H = 100;
    private static final Focus FOCUS = new Focus(5, 0.02);

    /** A fine checkerboard; the left half 5 m away, the right half sky. */
    private static int[] frame(DepthOfField dof) {
        int[] rgb = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                rgb[y * W + x] = ((x / 2 + y / 2) % 2 == 0) ? 0xFFFFFFFF : 0xFF000000;
                dof.depth[y * W + x] = x < W / 2 ? 1f / 5 : 0f;
            }
        }
        return rgb;
    }

    private static int[] blurred(int threads) {
        DepthOfField dof = new DepthOfField(W, H);
        int[] in = frame(dof);
        int[] out = new int[in.length];
        try (WorkerPool pool = new WorkerPool(threads)) {
            dof.apply(in, out, FOCUS, pool);
        }
        return out;
    }

    /** Spread of the red channel over a block: a sharp checkerboard spans 0 … 255. */
    private static int spread(int[] rgb, int x0, int x1) {
        int lo = 255, hi = 0;
        for (int y = 40; y < 60; y++) {
            for (int x = x0; x < x1; x++) {
                int r = (rgb[y * W + x] >> 16) & 0xFF;
                lo = Math.min(lo, r);
                hi = Math.max(hi, r);
            }
        }
        return hi - lo;
    }

    @Test
    void blurGrowsWithDistanceFromThePlaneOfFocus() {
        assertEquals(0, DepthOfField.radius(FOCUS, 1 / 5.0, W), 1e-9);
        double near = DepthOfField.radius(FOCUS, 1 / 10.0, W);
        double far = DepthOfField.radius(FOCUS, 1 / 100.0, W);
        assertTrue(0 < near && near < far && far <= 0.02 * W, near + " " + far);
        assertEquals(0.02 * W, DepthOfField.radius(FOCUS, 0, W), 1e-9);
    }

    @Test
    void thePlaneOfFocusStaysSharpAndTheSkyBlurs() {
        int[] out = blurred(1);
        assertEquals(255, spread(out, 20, 60));
        assertTrue(spread(out, 140, 180) < 40, "sky spread " + spread(out, 140, 180));
    }

    @Test
    void theBlurIsTheSameForAnyThreadCount() {
        assertArrayEquals(blurred(1), blurred(3));
    }
}
