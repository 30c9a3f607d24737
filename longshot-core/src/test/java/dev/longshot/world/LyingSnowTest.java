package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.render.Frame;
import dev.longshot.render.SoftwareRenderer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Snow lies where it falls: a scene that opens in snow opens on white ground, snow that
 * starts settles over seconds, and ground stays white a while after the snow stops.
 */
class LyingSnowTest {
    private static final int FPS = 12;

    private static ScenePlan plan(int t, Weather weather) {
        return new ScenePlan(t, "line " + t, Setting.FOREST, Water.NONE, TimeOfDay.NOON, weather,
                Set.of(), CameraMove.STATIC, List.of(), 0);
    }

    /** Lying snow at the end of each second of lines with these weathers, one scene. */
    private static double[] cover(Weather... lines) {
        DefaultWorld world = new DefaultWorld(3);
        double[] out = new double[lines.length];
        for (int f = 0; f < lines.length * FPS; f++) {
            FrameSpec s = world.step(plan(f / FPS, lines[f / FPS]), new Timecode(f, FPS));
            out[f / FPS] = s.lighting().atmosphere().snowCover();
        }
        return out;
    }

    @Test
    void aSceneOpeningInSnowOpensOnWhiteGround() {
        assertEquals(1, cover(Weather.SNOW)[0], 1e-9);
        assertEquals(0, cover(Weather.CLEAR)[0], 1e-9);
    }

    @Test
    void snowThatStartsSettlesOverSecondsAndOutlastsTheSnowfall() {
        double[] c = cover(Weather.CLOUDY, Weather.SNOW, Weather.SNOW, Weather.SNOW,
                Weather.SNOW, Weather.SNOW, Weather.SNOW, Weather.CLEAR, Weather.CLEAR);
        assertEquals(0, c[0], 1e-9);
        assertTrue(c[1] > 0.05 && c[1] < 0.4, "one second of snow " + c[1]);
        assertTrue(c[6] > 0.5, "six seconds of snow " + c[6]);
        assertTrue(c[8] < c[6] && c[8] > 0.8 * c[6], "two seconds after it stops " + c[8]);
    }

    @Test
    void lyingSnowWhitensTheGround() {
        FrameSpec s = new DefaultWorld(3).step(plan(0, Weather.SNOW), new Timecode(0, FPS));
        double noon = DayClock.hourOf(TimeOfDay.NOON);
        Sky.WeatherState snowing = Sky.WeatherState.of(Weather.SNOW);
        try (SoftwareRenderer r = new SoftwareRenderer(160, 90, 1)) {
            double white = groundLuma(r.render(lit(s, Sky.lighting(noon,
                    snowing.withSnowCover(1)))));
            double bare = groundLuma(r.render(lit(s, Sky.lighting(noon,
                    snowing.withSnowCover(0)))));
            assertTrue(white > bare + 40, "ground luma under snow " + white + ", bare " + bare);
        }
    }

    private static FrameSpec lit(FrameSpec s, Lighting light) {
        return new FrameSpec(s.time(), s.plan(), s.terrain(), s.camera(), light, s.cut(),
                s.subjects(), s.change(), s.worldSeconds());
    }

    /** Mean luma of the frame's bottom quarter, where the ground is. */
    private static double groundLuma(Frame f) {
        int[] rgb = f.rgb();
        int w = f.width(), h = f.height();
        double sum = 0;
        int n = 0;
        for (int y = h * 3 / 4; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = rgb[y * w + x];
                sum += 0.299 * (p >> 16 & 255) + 0.587 * (p >> 8 & 255) + 0.114 * (p & 255);
                n++;
            }
        }
        return sum / n;
    }
}
