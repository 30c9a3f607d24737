package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointRingTest {
    private static final int HORIZON = 3;

    /** A checkpoint whose scene count tells which second it was taken at. */
    private static Checkpoint at(int second) {
        return new Checkpoint(second, null, null, List.of(), null, 0, 100 + second);
    }

    /** Adds seconds 0 … last with nothing held in the commit window. */
    private static CheckpointRing filled(int last) {
        CheckpointRing ring = new CheckpointRing(HORIZON);
        for (int t = 0; t <= last; t++) ring.add(at(t), t);
        return ring;
    }

    @Test
    void ringKeepsOnlyTheLastHorizonSeconds() {
        assertArrayEquals(new int[] {7, 8, 9, 10}, filled(10).seconds());
    }

    @Test
    void ringKeepsTheSecondsTheWindowStillHolds() {
        CheckpointRing ring = new CheckpointRing(HORIZON);
        for (int t = 0; t <= 10; t++) ring.add(at(t), 5); // second 5 not yet committed
        assertArrayEquals(new int[] {5, 6, 7, 8, 9, 10}, ring.seconds());
    }

    @Test
    void restoreReturnsTheStateOfTMinusHorizon() {
        CheckpointRing ring = filled(10);
        Checkpoint c = ring.rewindTo(10 - HORIZON);
        assertEquals(10 - HORIZON, c.second());
        assertEquals(100 + 10 - HORIZON, c.scenes());
    }

    @Test
    void rewindDropsTheLaterCheckpointsSoTheyAreTakenAgain() {
        CheckpointRing ring = filled(10);
        ring.rewindTo(8);
        assertArrayEquals(new int[] {7, 8}, ring.seconds());
        assertFalse(ring.needs(8));
        assertTrue(ring.needs(9));
    }

    @Test
    void rewindPastTheRingFails() {
        CheckpointRing ring = filled(10);
        assertThrows(IllegalStateException.class, () -> ring.rewindTo(10 - HORIZON - 1));
    }

    @Test
    void emptyRingNeedsItsFirstCheckpoint() {
        CheckpointRing ring = new CheckpointRing(HORIZON);
        assertTrue(ring.needs(0));
        ring.add(at(0), 0);
        assertFalse(ring.needs(0));
    }
}
