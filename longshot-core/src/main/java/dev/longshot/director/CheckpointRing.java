package dev.longshot.director;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The per-second checkpoints a rollback can still reach, oldest first. Bounded: adding the
 * checkpoint of second t drops those older than both t − horizon and the oldest second the
 * commit window still holds, so the ring never grows with the length of the video.
 */
final class CheckpointRing {
    private final int horizon;
    private final Deque<Checkpoint> ring = new ArrayDeque<>();

    CheckpointRing(int horizon) {
        if (horizon < 0) throw new IllegalArgumentException("horizon " + horizon);
        this.horizon = horizon;
    }

    /** Whether second {@code t} has no checkpoint yet (a regenerated second keeps its own). */
    boolean needs(int t) {
        return ring.isEmpty() || ring.peekLast().second() < t;
    }

    /**
     * Adds the checkpoint taken at the start of its second.
     *
     * @param oldestHeld the oldest second the commit window still holds (a rollback may go
     *                   back to it even when it is older than t − horizon)
     */
    void add(Checkpoint c, int oldestHeld) {
        int oldest = Math.min(c.second() - horizon, oldestHeld);
        while (!ring.isEmpty() && ring.peekFirst().second() < oldest) ring.removeFirst();
        ring.addLast(c);
    }

    /** Drops the checkpoints after {@code second} and returns the one taken at its start. */
    Checkpoint rewindTo(int second) {
        while (!ring.isEmpty() && ring.peekLast().second() > second) ring.removeLast();
        Checkpoint c = ring.peekLast();
        if (c == null || c.second() != second) {
            throw new IllegalStateException("no checkpoint at " + second);
        }
        return c;
    }

    /** Seconds whose checkpoints are kept, oldest first. */
    int[] seconds() {
        return ring.stream().mapToInt(Checkpoint::second).toArray();
    }
}
