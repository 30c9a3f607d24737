package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A tilt up to a flock ends on a lens long enough that its birds are more than specks. */
class TiltToAFlockTest {
    @Test
    void theBirdsOfATiltCoverMoreThanSpecksWould() {
        List<LineRun.Second> run = LineRun.of(
                "Morning on the grassland, horses run across the prairie",
                "The camera tilts up to a flock of birds over the grassland");
        // Measured: 0.05 % with the tilt's own wide lens, 0.10 % as it lengthens.
        double birds = run.get(1).share("bird");
        assertTrue(birds >= 0.0008, "birds cover " + birds);
        assertTrue(run.get(1).last().camera().focalLengthMm() > 24,
                "lens " + run.get(1).last().camera().focalLengthMm());
    }
}
