package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Weather;
import dev.longshot.world.Sky;
import dev.longshot.world.Vec3;
import org.junit.jupiter.api.Test;

/**
 * Rain falls from clouds that hide the moon: the siege's "Rain begins" kept a bright moon in
 * a rainy sky. A clear or cloudy night still shows it.
 */
class MoonBehindRainCloudsTest {
    private static final Vec3 MOON = new Vec3(0, StrictMath.sin(StrictMath.toRadians(20)),
            -StrictMath.cos(StrictMath.toRadians(20)));

    private static boolean shows(Sky.WeatherState w) {
        SkyShader sky = new SkyShader(Sky.lighting(0, w, 3, 10, MOON));
        return sky.onMoon((float) MOON.x(), (float) MOON.y(), (float) MOON.z());
    }

    @Test
    void aClearOrCloudyNightShowsTheMoon() {
        assertTrue(shows(Sky.WeatherState.of(Weather.CLEAR)));
        assertTrue(shows(Sky.WeatherState.of(Weather.CLOUDY)));
    }

    @Test
    void rainAndStormCloudsHideIt() {
        assertFalse(shows(Sky.WeatherState.of(Weather.RAIN)));
        assertFalse(shows(Sky.WeatherState.of(Weather.STORM)));
        // Half-way into the rain the clouds have already closed over it.
        Sky.WeatherState coming = Sky.WeatherState.of(Weather.CLEAR)
                .towards(Sky.WeatherState.of(Weather.RAIN), 0.5);
        assertFalse(shows(coming));
    }
}
