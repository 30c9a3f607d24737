package dev.longshot.render;

import static dev.longshot.render.RenderFixture.FOREST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Weather;
import dev.longshot.world.Fireworks;
import dev.longshot.world.Lighting;
import dev.longshot.world.Sky;
import dev.longshot.world.SunPath;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rainbow, aurora and fireworks, asked for by the plan's sky ids, seen in the sky. */
class SkyEventsTest {
    private static final int W = 320;
    private static final int H = 180;
    private static final long SEED = 11;

    private static Lighting light(double hour, Weather weather, double seconds, String... sky) {
        return Sky.lighting(hour, Sky.WeatherState.of(weather).withSky(List.of(sky)), SEED,
                seconds);
    }

    private static int[] render(Camera cam, Lighting light, double seconds, int threads) {
        try (SoftwareRenderer r = new SoftwareRenderer(W, H, threads)) {
            return r.render(RenderFixture.spec(FOREST, cam, light, (long) (seconds * 24)))
                    .rgb();
        }
    }

    private static int luma(int c) {
        return (54 * (c >> 16 & 255) + 183 * (c >> 8 & 255) + 19 * (c & 255)) >> 8;
    }

    /** Direction {@code deg} degrees from {@code from} towards the zenith. */
    private static Vec3 towardsZenith(Vec3 from, double deg) {
        Vec3 up = new Vec3(0, 1, 0).minus(from.times(from.y())).normalized();
        double a = StrictMath.toRadians(deg);
        return from.times(StrictMath.cos(a)).plus(up.times(StrictMath.sin(a)));
    }

    @Test
    void theRainbowIsRedOutsideVioletInside42DegreesFromTheAntisolarPoint() {
        double hour = 6;   // a low morning sun: the bow stands where physics puts it
        while (SunPath.elevationDeg(hour) < 10) hour += 0.1;
        assertTrue(SunPath.elevationDeg(hour) < Rainbow.LOWEST_CENTRE_DEG, "hour " + hour);
        Lighting bow = light(hour, Weather.CLEAR, 3, "rainbow");
        SkyShader with = new SkyShader(bow);
        SkyShader without = new SkyShader(light(hour, Weather.CLEAR, 3));
        Vec3 anti = Rainbow.antisolar(bow.toSun());
        assertEquals(-1, anti.dot(bow.toSun().normalized()), 1e-9, "opposite the sun");
        double reddest = 0, bluest = 0, mostRed = -1, mostBlue = -1;
        int coloured = 0;
        for (double deg = 30; deg <= 60; deg += 0.05) {
            Vec3 d = towardsZenith(anti, deg);
            int a = with.shade((float) d.x(), (float) d.y(), (float) d.z());
            int b = without.shade((float) d.x(), (float) d.y(), (float) d.z());
            if (a != b) coloured++;
            double red = (a >> 16 & 255) - (b >> 16 & 255) - ((a & 255) - (b & 255));
            double blue = (a & 255) - (b & 255) - ((a >> 8 & 255) - (b >> 8 & 255));
            if (red > mostRed) {
                mostRed = red;
                reddest = deg;
            }
            if (blue > mostBlue) {
                mostBlue = blue;
                bluest = deg;
            }
        }
        assertTrue(coloured > 20, "bow pixels " + coloured);
        assertTrue(reddest > 41.2 && reddest < 42.3, "red at " + reddest + "°");
        assertTrue(bluest > 40.3 && bluest < 41.3, "violet at " + bluest + "°");
        assertTrue(reddest > bluest, "red outside violet");
    }

    @Test
    void theRainbowShowsOnlyWhileTheSunIsUpAndStandsInTheFrameAtNoon() {
        assertEquals(0, light(0, Weather.CLEAR, 3, "rainbow").atmosphere().events().rainbow());
        assertTrue(light(12, Weather.CLEAR, 3, "rainbow").atmosphere().events().rainbow() > 0.9);
        // At noon the bow's centre is lifted so that its top stands in the sky.
        Lighting noon = light(12, Weather.CLEAR, 3, "rainbow");
        Vec3 anti = Rainbow.antisolar(noon.toSun());
        double yaw = StrictMath.toDegrees(StrictMath.atan2(anti.x(), -anti.z()));
        Camera cam = new Camera(RenderFixture.cameraAt(FOREST, 0, 0, 40, 0, 0).position(), yaw,
                10, 24);
        int[] bow = render(cam, noon, 3, 2);
        int[] sky = render(cam, light(12, Weather.CLEAR, 3), 3, 2);
        // Down the middle column the band runs red (top), then violet (below).
        int redRow = -1, blueRow = -1, mostRed = 0, mostBlue = 0;
        for (int y = 0; y < H; y++) {
            int a = bow[y * W + W / 2], b = sky[y * W + W / 2];
            int red = (a >> 16 & 255) - (b >> 16 & 255);
            int blue = (a & 255) - (b & 255) - ((a >> 8 & 255) - (b >> 8 & 255));
            if (red > mostRed) {
                mostRed = red;
                redRow = y;
            }
            if (blue > mostBlue) {
                mostBlue = blue;
                blueRow = y;
            }
        }
        assertTrue(mostRed > 20 && mostBlue > 10, "red " + mostRed + " blue " + mostBlue);
        assertTrue(redRow < blueRow, "red row " + redRow + " above violet row " + blueRow);
    }

    @Test
    void theAuroraShinesOnlyAtNightMovesSlowlyAndIsTheSameEveryRun() {
        assertEquals(0, light(12, Weather.CLEAR, 10, "aurora").atmosphere().events().aurora());
        assertTrue(light(0, Weather.CLEAR, 10, "aurora").atmosphere().events().aurora() > 0.9);
        Camera cam = new Camera(RenderFixture.cameraAt(FOREST, 0, 0, 40, 0, 0).position(), 30,
                20, 24);
        int[] night = render(cam, light(0, Weather.CLEAR, 10), 10, 2);
        int[] aurora = render(cam, light(0, Weather.CLEAR, 10, "aurora"), 10, 2);
        long green = 0;
        for (int i = 0; i < night.length; i++) {
            green += (aurora[i] >> 8 & 255) - (night[i] >> 8 & 255);
        }
        assertTrue(green / (double) night.length > 3, "green added " + green / night.length);
        // A frame later it has hardly moved; half a minute later it has.
        double nextFrame = 10 + 1 / 24.0;
        int[] next = render(cam, light(0, Weather.CLEAR, nextFrame, "aurora"), nextFrame, 2);
        int[] later = render(cam, light(0, Weather.CLEAR, 40, "aurora"), 40, 2);
        double step = meanDifference(aurora, next), drift = meanDifference(aurora, later);
        assertTrue(step < 0.3 && drift > 5 * step, "frame step " + step + ", 30 s " + drift);
        assertArrayEquals(aurora, render(cam, light(0, Weather.CLEAR, 10, "aurora"), 10, 3));
    }

    private static double meanDifference(int[] a, int[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) sum += Math.abs(luma(a[i]) - luma(b[i]));
        return sum / (double) a.length;
    }

    @Test
    void fireworksBurstBrighterThanTheNightSkyLightTheSceneAndRepeatExactly() {
        assertEquals(0, light(12, Weather.CLEAR, 5, "fireworks").atmosphere().events()
                .fireworks());
        // A moment when a shell has just burst.
        double t = 5;
        while (Fireworks.shellsAt(SEED, t).stream().noneMatch(s -> s.age(5) > 0)) t += 0.05;
        final double at = t;
        Fireworks.Shell shell = Fireworks.shellsAt(SEED, t).stream()
                .filter(s -> s.age(at) > 0).findFirst().orElseThrow();
        t = shell.burstSeconds() + 0.4;
        // Turned to where it bursts: shells stand at fixed headings all round the sky.
        Camera cam = new Camera(RenderFixture.cameraAt(FOREST, 0, 0, 40, 0, 0).position(),
                shell.azimuthDeg(), shell.elevationDeg() - 4, 40);
        int[] sky = render(cam, light(0, Weather.CLEAR, t), t, 2);
        Lighting show = light(0, Weather.CLEAR, t, "fireworks");
        int[] bursts = render(cam, show, t, 2);
        int skyMean = 0;
        for (int c : sky) skyMean += luma(c);
        skyMean /= sky.length;
        int bright = 0;
        for (int i = 0; i < sky.length; i++) {
            if (luma(bursts[i]) > skyMean + 60 && luma(bursts[i]) > luma(sky[i]) + 40) bright++;
        }
        assertTrue(bright > 40, "spark pixels " + bright);
        // The scene is lit a little, not flashed.
        double glow = show.atmosphere().events().glow();
        assertTrue(glow > 0.03, "light " + glow);
        long ground = 0, groundLit = 0;
        for (int i = sky.length * 3 / 4; i < sky.length; i++) {
            ground += luma(sky[i]);
            groundLit += luma(bursts[i]);
        }
        assertTrue(groundLit > ground && groundLit < ground * 1.3, ground + " → " + groundLit);
        assertArrayEquals(bursts, render(cam, show, t, 1));
        assertArrayEquals(bursts, render(cam, show, t, 3));
        // Turned away, the camera sees other shells, not the same ones following it.
        Camera away = new Camera(cam.position(), cam.yawDeg() + 180, cam.pitchDeg(), 40);
        assertTrue(!java.util.Arrays.equals(bursts, render(away, show, t, 2)));
    }
}
