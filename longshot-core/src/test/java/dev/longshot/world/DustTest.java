package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Dust: a warm haze by its catalog id, thicker than a clear day's air. */
class DustTest {
    @Test
    void dustTurnsTheHorizonOchreAndThickensTheAir() {
        Lighting clear = Sky.lighting(12, Sky.WeatherState.of("clear"));
        Lighting dust = Sky.lighting(12, Sky.WeatherState.of("dust"));
        int h = dust.skyHorizon();
        assertTrue(((h >> 16) & 255) > (h & 255) + 30, Integer.toHexString(h));
        int c = clear.skyHorizon();
        assertTrue(((c >> 16) & 255) < (c & 255), Integer.toHexString(c));
        assertTrue(dust.fogDensity() > 4 * clear.fogDensity());
        assertTrue(dust.sunIntensity() < clear.sunIntensity());
    }

    @Test
    void weatherTheSkyDoesNotKnowIsClear() {
        assertTrue(Sky.WeatherState.of((String) null).equals(Sky.WeatherState.of("clear")));
        assertTrue(Sky.WeatherState.of("hail").equals(Sky.WeatherState.of("clear")));
    }
}
