package dev.longshot.world.scenery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.Terrain;
import org.junit.jupiter.api.Test;

/** A train at a station pulls in braking, stands at the platforms, and pulls out. */
class StationStopTest {
    @Test
    void itPullsInSlowingDownAndStandsAtThePlatforms() {
        double before = StationStop.along(0);
        assertTrue(before < -5 && before > -60, "in view, short of the platforms: " + before);
        double lastStep = Double.POSITIVE_INFINITY;
        double arrive = StationStop.ARRIVE - StationStop.START;
        for (double t = 0.5; t <= arrive; t += 0.5) {
            double step = StationStop.along(t) - StationStop.along(t - 0.5);
            assertTrue(step >= 0 && step < lastStep, "braking at " + t + ": " + step);
            lastStep = step;
        }
        for (double t = arrive; t < arrive + StationStop.STAND; t += 1) {
            assertEquals(0, StationStop.along(t), 1e-12, "standing at " + t);
        }
        double out = arrive + StationStop.STAND + 6;
        assertTrue(StationStop.along(out) > 5, "pulling out: " + StationStop.along(out));
    }

    @Test
    void itNeverJumpsWhereItCanBeSeen() {
        double far = Railway.LOOP / 2;
        for (double t = 0; t < 200; t += 0.05) {
            double a = StationStop.along(t), b = StationStop.along(t + 0.05);
            if (Math.abs(b - a) > 3) {
                assertTrue(Math.abs(a) > far - 5 && Math.abs(b) > far - 5,
                        "jump in view at " + t + ": " + a + " → " + b);
            }
        }
    }

    @Test
    void theTrainOfAStationTownStopsWithItsMiddleAtThePlatforms() {
        Terrain t = NewSettingsTest.place("town", "none", null, "station", "steam-train");
        Prop train = ThingLayoutTest.of(t, "steam-train").get(0);
        double stand = StationStop.ARRIVE - StationStop.START + 1;
        VehicleMotion.Pose at = VehicleMotion.at(train, t, stand);
        assertEquals(train.x(), at.x(), 1e-9);
        assertEquals(train.y(), at.y(), 1e-9, "on its rails");
        // Without a station the same train runs through at its speed.
        Terrain open = NewSettingsTest.place("grassland", "none", null, "steam-train");
        Prop passing = ThingLayoutTest.of(open, "steam-train").get(0);
        double moved = VehicleMotion.at(passing, open, stand + 1).x()
                - VehicleMotion.at(passing, open, stand).x();
        assertTrue(Math.abs(moved - Things.speed("steam-train")) < 1e-6
                || moved < 0, "runs on: " + moved);
    }
}
