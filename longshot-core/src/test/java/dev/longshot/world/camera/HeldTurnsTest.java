package dev.longshot.world.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Named groups take turns in the frame: quickly on a one-second line, steadily on a hold. */
class HeldTurnsTest {
    private static final int FPS = 24;

    @Test
    void aOneSecondLineShowsEveryNamedGroup() {
        Set<Integer> seen = new HashSet<>();
        for (int f = 0; f < FPS; f++) seen.add(CameraSubjects.turn(at(f), 3));
        assertEquals(Set.of(0, 1, 2), seen);
    }

    @Test
    void aHeldLineCutsBetweenTwoGroupsEveryFewSecondsNotTwiceASecond() {
        int cuts = 0;
        Set<Integer> seen = new HashSet<>();
        for (int f = 1; f < 35 * FPS; f++) {
            int now = CameraSubjects.turn(at(f), 2);
            seen.add(now);
            if (now != CameraSubjects.turn(at(f - 1), 2)) cuts++;
        }
        assertEquals(Set.of(0, 1), seen);
        // one cut inside the first second, then one per held turn: 35 s -> 1 + 34/4
        assertTrue(cuts <= 10, cuts + " cuts in a 35-s hold (was 69)");
    }

    private static Shot at(int frame) {
        return Shot.of(CameraMove.TRACK).later(frame / (double) FPS);
    }
}
