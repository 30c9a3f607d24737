package dev.longshot.render;

import static dev.longshot.render.RenderFixture.FOREST;
import static dev.longshot.render.RenderFixture.cameraAt;
import static dev.longshot.render.RenderFixture.daylight;
import static dev.longshot.render.RenderFixture.spec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SoftwareRendererTest extends FrameGeneratorContract {
    @Override
    protected FrameGenerator create(int width, int height, int threads) {
        return new SoftwareRenderer(width, height, threads);
    }

    @Override
    protected int[] size() {
        return new int[] {W, H};
    }

    /** Every stage busy: trees, water, shadows cast across tile bands. */
    @Override
    protected FrameSpec checkedSpec() {
        return RenderFixture.overLake();
    }

    private static final int W = 160;
    private static final int H = 90;
    private static SoftwareRenderer renderer;

    @BeforeAll
    static void open() {
        renderer = new SoftwareRenderer(W, H, 2);
    }

    @AfterAll
    static void close() {
        renderer.close();
    }

    private static int[] pixels(FrameSpec spec) {
        return renderer.render(spec).rgb();
    }

    private static double luma(int rgb) {
        return 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
    }

    private static int distance(int a, int b) {
        return Math.abs(((a >> 16) & 255) - ((b >> 16) & 255))
                + Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)) + Math.abs((a & 255) - (b & 255));
    }

    @Test
    void repeatedRendersOnManyThreadsNeverDrift() {
        // A data race shows only now and then: many renders of a frame with every stage busy
        // (trees, water, shadows cast across bands) must all equal the single-thread one.
        FrameSpec spec = RenderFixture.overLake();
        int[] reference;
        try (var one = new SoftwareRenderer(256, 144, 1)) {
            reference = one.render(spec).rgb();
        }
        try (var many = new SoftwareRenderer(256, 144, 3)) {
            for (int k = 0; k < 40; k++) assertArrayEquals(reference, many.render(spec).rgb());
        }
    }

    @Test
    void skyFillsUpperHalfWhenLookingUp() {
        // Facing away from the sun (which is at yaw 31°, 44° up).
        int[] px = pixels(spec(FOREST, cameraAt(FOREST, 0, 0, 5, 210, 40), daylight(), 0));
        int zenith = 0x3A6FC4;
        int horizon = 0xB8D4EE;
        for (int y = 0; y < H / 2; y++) {
            for (int x = 0; x < W; x++) {
                int c = px[y * W + x];
                // Sky colours lie between horizon and zenith (plus a little haze and sun).
                assertTrue(distance(c, zenith) + distance(c, horizon)
                        <= distance(zenith, horizon) + 90, "pixel " + x + "," + y);
            }
        }
        // Higher rows are closer to the zenith colour.
        assertTrue(distance(px[W / 2], zenith) < distance(px[(H / 2) * W + W / 2], zenith));
    }

    @Test
    void terrainFillsLowerPartWhenLookingDown() {
        Terrain dry = new Terrain(7, Setting.GRASSLAND, Water.NONE);
        int[] px = pixels(spec(dry, cameraAt(dry, 0, 0, 20, 0, -60), daylight(), 0));
        int green = 0;
        for (int y = H / 2; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int c = px[y * W + x];
                if (((c >> 8) & 255) > (c & 255) && ((c >> 8) & 255) > ((c >> 16) & 255)) green++;
            }
        }
        assertEquals(W * (H - H / 2), green, "every lower pixel shows green ground");
    }

    @Test
    void denseFogPullsDistantPixelsToFogColour() {
        int fogColor = 0xC4D4E2;
        Camera cam = cameraAt(FOREST, 0, 0, 30, 90, -3);
        int[] clear = pixels(spec(FOREST, cam, daylight(0.0002), 0));
        int[] foggy = pixels(spec(FOREST, cam, daylight(0.05), 0));
        long clearDist = 0;
        long foggyDist = 0;
        for (int i = 0; i < clear.length; i++) {
            clearDist += distance(clear[i], fogColor);
            foggyDist += distance(foggy[i], fogColor);
        }
        assertTrue(foggyDist * 4 < clearDist, foggyDist + " vs " + clearDist);
        // Around the horizon line everything is fog.
        int c = foggy[(H / 2) * W + W / 2];
        assertTrue(distance(c, fogColor) < 12, Integer.toHexString(c));
    }

    @Test
    void sunDiscIsBrightestTowardsTheSun() {
        Vec3 s = RenderFixture.TO_SUN;
        double yaw = StrictMath.toDegrees(StrictMath.atan2(s.x(), -s.z()));
        double pitch = StrictMath.toDegrees(StrictMath.asin(s.y()));
        Camera cam = new Camera(new Vec3(0, 300, 0), yaw, pitch, 40);
        int[] px = pixels(spec(FOREST, cam, daylight(), 0));
        int brightest = 0;
        for (int i = 1; i < px.length; i++) {
            if (luma(px[i]) > luma(px[brightest])) brightest = i;
        }
        // Centre of the brightest pixels: the disc, in the middle of the view.
        double max = luma(px[brightest]);
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int i = 0; i < px.length; i++) {
            if (luma(px[i]) >= max - 0.5) {
                sx += i % W + 0.5;
                sy += i / W + 0.5;
                n++;
            }
        }
        assertTrue(Math.abs(sx / n - W / 2.0) <= 1.5 && Math.abs(sy / n - H / 2.0) <= 1.5,
                sx / n + "," + sy / n);
        assertTrue(luma(px[brightest]) > 240);
        // The glow falls off away from the sun.
        assertTrue(luma(px[(H / 2) * W + W / 2 + 10]) > luma(px[(H / 2) * W + W - 1]));
    }

    @Test
    void waterAppearsWhenSceneHasWater() {
        Terrain dry = new Terrain(42, Setting.FOREST, Water.NONE);
        // Stand just south of the stream's channel and look down into it.
        double z = 150;
        while (FOREST.heightAt(0, z) > FOREST.waterLevel() - 1) z -= 1;
        int[] wet = pixels(spec(FOREST, cameraAt(FOREST, 0, z + 8, 8, 0, -45), daylight(), 0));
        int[] none = pixels(spec(dry, cameraAt(dry, 0, z + 8, 8, 0, -45), daylight(), 0));
        int blue = 0;
        int blueDry = 0;
        for (int i = W * H / 2; i < wet.length; i++) {
            if (isWater(wet[i])) blue++;
            if (isWater(none[i])) blueDry++;
        }
        assertTrue(blue > wet.length / 10, "water pixels: " + blue);
        assertEquals(0, blueDry, "water pixels without water");
    }

    // Deep blue-green: blue and green clearly above red.
    private static boolean isWater(int c) {
        int r = (c >> 16) & 255;
        int g = (c >> 8) & 255;
        int b = c & 255;
        return b > r + 15 && g > r + 10;
    }

    @Test
    void waterRipplesMoveWithTime() {
        Camera cam = cameraAt(FOREST, 0, 140, 8, 0, -20);
        int[] a = pixels(spec(FOREST, cam, daylight(), 0));
        int[] b = pixels(spec(FOREST, cam, daylight(), 12));
        int changed = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) changed++;
        assertTrue(changed > 0);
    }

    @Test
    void nearPlaneClippingDoesNotCrash() {
        // Below the ground, inside it, and right on a vertex, looking every way.
        double h = FOREST.heightAt(0, 0);
        double[] heights = {h - 3, h - 0.2, h, h + 0.1};
        for (double y : heights) {
            for (int yaw = 0; yaw < 360; yaw += 45) {
                for (int pitch : new int[] {-89, -30, 0, 30, 89}) {
                    Camera cam = new Camera(new Vec3(0, y, 0), yaw, pitch, 90);
                    int[] px = pixels(spec(FOREST, cam, daylight(), 0));
                    assertEquals(W * H, px.length);
                }
            }
        }
        // On the edge of the terrain, looking along it.
        Camera edge = new Camera(new Vec3(-1200, 5, -1200), 135, -1, 60);
        assertEquals(W * H, pixels(spec(FOREST, edge, daylight(), 0)).length);
    }

    /**
     * Guards bit-exactness across JDKs and machines. If a deliberate change to the renderer
     * changes the picture, look at the new frame, then record the new hash here.
     */
    @Test
    void goldenFrameHashIsStable() {
        assertEquals(GOLDEN, GoldenFrame.hash(2));
    }

    static final String GOLDEN =
            "000891832127f94d555c590582eab06165677728efac08b9a6fe43cba9112131";
}
