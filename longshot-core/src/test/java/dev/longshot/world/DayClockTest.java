package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.TimeOfDay;
import org.junit.jupiter.api.Test;

class DayClockTest {
    @Test
    void everyTimeOfDayIsInItsOwnBucket() {
        for (TimeOfDay t : TimeOfDay.values()) {
            assertEquals(t, DayClock.bucketOf(DayClock.hourOf(t)));
        }
    }

    @Test
    void changeOfTimeArrivesInAFewSecondsWithoutJumps() {
        double hour = DayClock.hourOf(TimeOfDay.NOON);
        double dt = 1.0 / 24;
        int frames = 0;
        while (DayClock.bucketOf(hour) != TimeOfDay.DUSK) {
            double next = DayClock.advance(hour, TimeOfDay.DUSK, dt);
            // Noon to dusk within about a second: a quarter hour of day per frame at most.
            assertTrue(Math.abs(DayClock.shortestDelta(hour, next)) < 0.3, "no jump per frame");
            hour = next;
            frames++;
        }
        assertTrue(frames < 24 * 8, "took " + frames + " frames");
    }

    @Test
    void nightToDawnGoesOnToDawnsOwnHourNotItsFirstDarkMinute() {
        double hour = DayClock.hourOf(TimeOfDay.NIGHT);
        double dt = 1.0 / 24;
        for (int f = 0; f < 24 * 4; f++) {
            double next = DayClock.advance(hour, TimeOfDay.DAWN, dt);
            assertTrue(Math.abs(DayClock.shortestDelta(hour, next)) < 0.4, "no jump per frame");
            hour = next;
        }
        assertTrue(hour > 6.0 && hour < 6.5, "at dawn's hour after 4 s: " + hour);
    }

    @Test
    void nightToDawnGoesForwardThroughMidnight() {
        double hour = DayClock.advance(22.5, TimeOfDay.DAWN, 0.1);
        assertTrue(hour > 22.5 || hour < 6, "went the short way round: " + hour);
    }

    @Test
    void timeDriftsForwardWhenNothingChanges() {
        double h = DayClock.hourOf(TimeOfDay.MORNING);
        assertTrue(DayClock.advance(h, TimeOfDay.MORNING, 1.0) > h);
    }
}
