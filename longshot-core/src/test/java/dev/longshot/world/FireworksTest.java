package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FireworksTest {
    private static List<Double> bursts(long seed, double from, double to) {
        List<Double> out = new ArrayList<>();
        for (long slot = (long) (from / Fireworks.SLOT_SECONDS);
                slot < to / Fireworks.SLOT_SECONDS; slot++) {
            Fireworks.Shell s = Fireworks.shellOf(seed, slot);
            if (s != null) out.add(s.burstSeconds());
        }
        return out;
    }

    @Test
    void theShowDependsOnlyOnTheSeed() {
        assertEquals(bursts(7, 0, 60), bursts(7, 0, 60));
        assertNotEquals(bursts(7, 0, 60), bursts(8, 0, 60));
        int n = bursts(7, 0, 60).size();
        assertTrue(n > 200 && n < 450, "shells a minute all round the sky: " + n);
        // The same instant is the same whichever frame rate reaches it.
        assertEquals(Fireworks.light(7, 12.5, 1), Fireworks.light(7, 25 / 2.0, 1));
    }

    @Test
    void sparksFlyOutFallAndFade() {
        Fireworks.Shell s = Fireworks.shellOf(7, 3) != null ? Fireworks.shellOf(7, 3)
                : Fireworks.shellOf(7, 4);
        double[] early = s.spark(5, 0.1), late = s.spark(5, 1.5);
        double spreadEarly = StrictMath.hypot(early[0], early[1] + 0.5 * 2.4 * 0.01);
        assertTrue(StrictMath.hypot(late[0], late[1] + 0.5 * 2.4 * 1.5 * 1.5) > spreadEarly,
                "sparks fly out");
        double meanFall = 0;
        for (int k = 0; k < Fireworks.PARTICLES; k++) meanFall += s.spark(k, 2)[1];
        assertTrue(meanFall / Fireworks.PARTICLES < -2, "they fall: " + meanFall);
        assertTrue(s.sparkLevel(0.2) > s.sparkLevel(1.5) && s.sparkLevel(Fireworks.LIFE) == 0);
    }

    @Test
    void theLightOnTheSceneChangesGently() {
        // FireworkLight moves pixels at most 7 % of the way to the burst colour: a change of
        // light under 1.5 a second keeps the picture's brightness within the exposure rule.
        double steepest = 0;
        double dt = 1 / 240.0;
        for (double t = 0; t < 120; t += dt) {
            double a = Fireworks.light(7, t, 1), b = Fireworks.light(7, t + dt, 1);
            assertTrue(a >= 0 && a <= 1);
            steepest = StrictMath.max(steepest, StrictMath.abs(b - a) / dt);
        }
        assertTrue(steepest < 7, "light changes at " + steepest + " a second");
    }

    @Test
    void theShowIsOnlyAtNight() {
        Sky.WeatherState w = Sky.WeatherState.of(dev.longshot.plan.Weather.CLEAR)
                .withSky(List.of("fireworks"));
        assertEquals(0, Sky.lighting(12, w, 7, 5).atmosphere().events().fireworks());
        assertEquals(1, Sky.lighting(0, w, 7, 5).atmosphere().events().fireworks(), 1e-9);
    }
}
