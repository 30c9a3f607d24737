package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SunPathTest {
    @Test
    void sunRisesInTheEastStandsSouthAtNoonAndSetsInTheWest() {
        Vec3 morning = SunPath.toSun(7);
        Vec3 noon = SunPath.toSun(12);
        Vec3 evening = SunPath.toSun(17);
        assertTrue(morning.x() > 0.5, "east at 7:00: " + morning);
        assertTrue(noon.z() > 0 && noon.y() > 0.8, "high in the south at noon: " + noon);
        assertTrue(evening.x() < -0.5, "west at 17:00: " + evening);
    }

    @Test
    void sunIsBelowTheHorizonAtNightAndTheMoonAbove() {
        assertTrue(SunPath.toSun(23).y() < 0);
        assertTrue(SunPath.toMoon(23).y() > 0);
        assertEquals(0, SunPath.elevationDeg(6), 1e-9);
    }

    @Test
    void daytimeIsBrighterThanNight() {
        Sky.WeatherState clear = Sky.WeatherState.of(dev.longshot.plan.Weather.CLEAR);
        Lighting noon = Sky.lighting(12, clear);
        Lighting night = Sky.lighting(23, clear);
        assertTrue(noon.sunIntensity() > 3 * night.sunIntensity());
        assertTrue(luma(noon.skyZenith()) > 3 * luma(night.skyZenith()));
    }

    @Test
    void fogThickensTheAir() {
        Lighting clear = Sky.lighting(12, Sky.WeatherState.of(dev.longshot.plan.Weather.CLEAR));
        Lighting fog = Sky.lighting(12, Sky.WeatherState.of(dev.longshot.plan.Weather.FOG));
        assertTrue(fog.fogDensity() > 5 * clear.fogDensity());
    }

    private static int luma(int rgb) {
        return ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
    }
}
