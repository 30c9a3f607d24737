package dev.longshot.render;

import static dev.longshot.render.RenderFixture.FOREST;
import static dev.longshot.render.RenderFixture.cameraAt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Weather;
import dev.longshot.world.Atmosphere;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.Sky;
import dev.longshot.world.SunPath;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stars, moon, clouds, rain, snow and lightning, seen in rendered frames. */
class SkyAndWeatherTest {
    private static final int W = 320;
    private static final int H = 180;
    private static SoftwareRenderer renderer;

    @BeforeAll
    static void open() {
        renderer = new SoftwareRenderer(W, H, 2);
    }

    @AfterAll
    static void close() {
        renderer.close();
    }

    private static Lighting light(double hour, Weather weather, double seconds) {
        return Sky.lighting(hour, Sky.WeatherState.of(weather), 11, seconds);
    }

    private static Camera lookingUp(double yaw, double pitch) {
        return cameraAt(FOREST, 0, 0, 60, yaw, pitch);
    }

    private static int[] render(Camera cam, Lighting light, long frame) {
        return renderer.render(RenderFixture.spec(FOREST, cam, light, frame)).rgb();
    }

    /** Pixels much brighter than all four neighbours: point lights on a smooth sky. */
    private static int points(int[] px) {
        int n = 0;
        for (int y = 1; y < H / 2; y++) {
            for (int x = 1; x < W - 1; x++) {
                int c = luma(px[y * W + x]);
                if (c > luma(px[y * W + x - 1]) + 20 && c > luma(px[y * W + x + 1]) + 20
                        && c > luma(px[y * W + x - W]) + 20 && c > luma(px[y * W + x + W]) + 20) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int luma(int c) {
        return (54 * (c >> 16 & 255) + 183 * (c >> 8 & 255) + 19 * (c & 255)) >> 8;
    }

    @Test
    void starsShineOnlyAtNight() {
        Camera up = lookingUp(200, 50);
        int night = points(render(up, light(0, Weather.CLEAR, Double.NaN), 0));
        int noon = points(render(up, light(12, Weather.CLEAR, Double.NaN), 0));
        // A rain deck without the rain (its streaks would count as points).
        Lighting deck = Sky.lighting(0, new Sky.WeatherState(0.85, 0.0035, 0.35), 11, Double.NaN);
        int overcastNight = points(render(up, deck, 0));
        assertTrue(night > 40, "stars at midnight: " + night);
        assertTrue(noon == 0, "stars at noon: " + noon);
        assertTrue(overcastNight * 10 < night, "stars under a deck of cloud: " + overcastNight);
    }

    @Test
    void moonShowsAtNightWhereItStands() {
        double hour = 23;
        Vec3 m = SunPath.toMoon(hour);
        double yaw = StrictMath.toDegrees(StrictMath.atan2(m.x(), -m.z()));
        double pitch = StrictMath.toDegrees(StrictMath.asin(m.y()));
        Camera cam = new Camera(new Vec3(0, 300, 0), yaw, pitch, 40);
        int[] night = render(cam, light(hour, Weather.CLEAR, Double.NaN), 0);
        int centre = night[(H / 2) * W + W / 2];
        int aside = night[(H / 2) * W + W / 2 + 40];
        assertTrue(luma(centre) > 180 && luma(aside) < 90,
                Integer.toHexString(centre) + " vs " + Integer.toHexString(aside));
    }

    @Test
    void cloudCoverGrowsWithOvercast() {
        Camera up = lookingUp(30, 60);
        double[] cover = new double[3];
        Weather[] order = {Weather.CLEAR, Weather.CLOUDY, Weather.STORM};
        for (int i = 0; i < order.length; i++) {
            Lighting l = light(12, order[i], Double.NaN);
            SkyShader sky = new SkyShader(l, up.position(), 0);
            Projection p = new Projection(up, W, H);
            int covered = 0;
            for (int y = 0; y < H; y += 2) {
                for (int x = 0; x < W; x += 2) {
                    float rx = p.rayX0 + p.rayXdx * x + p.rayXdy * y;
                    float ry = p.rayY0 + p.rayYdx * x + p.rayYdy * y;
                    float rz = p.rayZ0 + p.rayZdx * x + p.rayZdy * y;
                    float inv = 1 / (float) StrictMath.sqrt(rx * rx + ry * ry + rz * rz);
                    if (sky.cloudAlpha(rx, ry, rz, inv) > 0.5f) covered++;
                }
            }
            cover[i] = covered / (double) (W * H / 4);
        }
        assertTrue(cover[0] < 0.4 && cover[0] < cover[1] && cover[1] < cover[2],
                java.util.Arrays.toString(cover));
        assertTrue(cover[2] > 0.95, "a storm is a closed deck: " + cover[2]);
    }

    @Test
    void cloudsDriftWithTime() {
        Camera up = lookingUp(30, 60);
        Lighting l = light(12, Weather.CLOUDY, Double.NaN);
        int[] a = render(up, l, 0);
        int[] b = render(up, l, 240);
        int changed = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) changed++;
        assertTrue(changed > a.length / 20, "pixels changed in 10 s: " + changed);
    }

    @Test
    void rainAndSnowChangeEveryFrame() {
        Camera cam = cameraAt(FOREST, 0, 140, 8, 0, -6);
        for (Weather w : new Weather[] {Weather.RAIN, Weather.SNOW}) {
            int[] dry = render(cam, Sky.lighting(12, Sky.WeatherState.of(Weather.CLOUDY), 11, 0),
                    5);
            int[] a = render(cam, light(12, w, Double.NaN), 5);
            int[] b = render(cam, light(12, w, Double.NaN), 6);
            int wet = 0;
            int moved = 0;
            for (int i = 0; i < a.length; i++) {
                if (a[i] != dry[i]) wet++;
                if (a[i] != b[i]) moved++;
            }
            assertTrue(wet > a.length / 100, w + " pixels: " + wet);
            assertTrue(moved > a.length / 100, w + " pixels changed between frames: " + moved);
        }
    }

    @Test
    void lightningBrightensTheFrame() {
        Camera cam = cameraAt(FOREST, 0, 140, 8, 0, 5);
        Lighting storm = light(15, Weather.STORM, Double.NaN);
        Atmosphere lit = storm.atmosphere().withFlash(0.8);
        Lighting flash = new Lighting(storm.toSun(), storm.sunColor(), storm.sunIntensity(),
                storm.ambient(), storm.skyZenith(), storm.skyHorizon(), storm.fogColor(),
                storm.fogDensity(), lit);
        long dark = 0;
        long bright = 0;
        int[] a = render(cam, storm, 3);
        int[] b = render(cam, flash, 3);
        for (int i = 0; i < a.length; i++) {
            dark += luma(a[i]);
            bright += luma(b[i]);
        }
        assertTrue(bright > dark * 13 / 10, bright + " vs " + dark);
    }

    @Test
    void weatherIsDeterministicAndThreadIndependent() {
        Camera cam = cameraAt(FOREST, 300, -200, 25, 135, 10);
        for (Weather w : new Weather[] {Weather.STORM, Weather.SNOW}) {
            FrameSpec night = RenderFixture.spec(FOREST, cam, light(1, w, 7.25), 174);
            int[] one;
            try (var r = new SoftwareRenderer(W, H, 1)) {
                one = r.render(night).rgb();
                assertArrayEquals(one, r.render(night).rgb(), "same spec twice");
            }
            try (var r = new SoftwareRenderer(W, H, 2)) {
                assertArrayEquals(one, r.render(night).rgb(), w + ": 1 vs 2 threads");
            }
        }
    }
}
