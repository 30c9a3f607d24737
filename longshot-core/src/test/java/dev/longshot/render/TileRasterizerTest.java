package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.Lighting;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import org.junit.jupiter.api.Test;

class TileRasterizerTest {
    private static final int SIZE = 64;

    /** Black sky, no sun, no fog: every pixel no triangle covers stays 0. */
    private static TileRasterizer.FrameShaders blackShaders() {
        Lighting dark = new Lighting(new Vec3(0, -1, 0), 0, 0, 0, 0, 0, 0, 0);
        Projection proj = new Projection(new Camera(Vec3.ZERO, 0, 0, 60), SIZE, SIZE);
        SkyShader sky = new SkyShader(dark);
        Fog fog = new Fog().update(0);
        return new TileRasterizer.FrameShaders(proj, sky,
                new WaterShader(proj, dark, sky, fog, -2, 0), new ShadowMap(0), SkyOverlay.NONE,
                LampGlow.NONE);
    }

    private static void corner(Triangle t, int k, int x, int y) {
        t.x[k] = x;
        t.y[k] = y;
        t.invW[k] = 1;
        t.r[k] = 255;
        t.g[k] = 255;
        t.b[k] = 255;
    }

    @Test
    void fanCoversEveryInnerPixelExactlyOnce() {
        // A fan of 16 triangles around a centre between pixels; rim vertices include ones
        // exactly on pixel centres and on pixel edges, to exercise the top-left rule.
        int one = Projection.ONE;
        int cx = 32 * one + 37;
        int cy = 31 * one + 128;
        int n = 16;
        int[] rx = new int[n];
        int[] ry = new int[n];
        for (int k = 0; k < n; k++) {
            double a = 2 * StrictMath.PI * k / n;
            rx[k] = cx + (int) StrictMath.round(25 * one * StrictMath.cos(a));
            ry[k] = cy + (int) StrictMath.round(25 * one * StrictMath.sin(a));
            if (k % 4 == 0) {
                rx[k] = (rx[k] / one) * one + one / 2; // on a pixel centre
                ry[k] = (ry[k] / one) * one + one / 2;
            }
        }
        int[] coverage = new int[SIZE * SIZE];
        TriangleBins bins = new TriangleBins(SIZE, SIZE);
        TileRasterizer raster = new TileRasterizer();
        var shaders = blackShaders();
        int[] rgb = new int[SIZE * SIZE];
        for (int k = 0; k < n; k++) {
            int k1 = (k + 1) % n;
            Triangle t = new Triangle();
            corner(t, 0, cx, cy);
            corner(t, 1, rx[k1], ry[k1]);
            corner(t, 2, rx[k], ry[k]);
            bins.clear();
            assertTrue(bins.add(t, GridMesh.TERRAIN), "front-facing triangle " + k);
            raster.render(0, new TriangleBins[] {bins}, rgb, new int[rgb.length], shaders);
            for (int p = 0; p < rgb.length; p++) if (rgb[p] != 0) coverage[p]++;
        }
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int c = coverage[y * SIZE + x];
                assertTrue(c <= 1, "pixel " + x + "," + y + " drawn " + c + " times");
                double dx = x + 0.5 - cx / (double) one;
                double dy = y + 0.5 - cy / (double) one;
                if (dx * dx + dy * dy < 22 * 22) {
                    assertEquals(1, c, "pixel " + x + "," + y + " inside the fan");
                }
            }
        }
    }

    @Test
    void backFacesAndSliversWithoutPixelCentresAreCulled() {
        int one = Projection.ONE;
        TriangleBins bins = new TriangleBins(SIZE, SIZE);
        Triangle t = new Triangle();
        corner(t, 0, 10 * one, 10 * one);
        corner(t, 1, 20 * one, 10 * one);
        corner(t, 2, 10 * one, 20 * one); // clockwise on screen: a back face
        assertTrue(!bins.add(t, GridMesh.TERRAIN));
        corner(t, 1, 10 * one, 20 * one);
        corner(t, 2, 20 * one, 10 * one);
        assertTrue(bins.add(t, GridMesh.TERRAIN));
        // Between pixel centres: covers none.
        corner(t, 0, 10 * one + 10, 10 * one + 10);
        corner(t, 1, 10 * one + 20, 10 * one + 100);
        corner(t, 2, 10 * one + 100, 10 * one + 20);
        assertTrue(!bins.add(t, GridMesh.TERRAIN));
        assertEquals(1, bins.count);
    }

    @Test
    void meanOfColoursIsExactPerChannel() {
        assertEquals(0x7F7F7F, TileResolver.mean(0xFFFFFF, 0x000000));
        assertEquals(0x102030, TileResolver.mean(0x102030, 0x102030));
        assertEquals(0x0A1428, TileResolver.mean(0x000000, 0x142850));
    }
}
