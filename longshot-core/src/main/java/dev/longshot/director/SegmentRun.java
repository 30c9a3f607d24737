package dev.longshot.director;

import java.io.IOException;

/**
 * A run cut into fixed segments (resume, excerpts): it makes seconds {@code start} …
 * {@code end − 1}, both on the segment grid (or {@code end} at the storyboard's end), and
 * reaches {@code start} by the pass without pixels, replaying {@code journal}'s salts.
 *
 * <p>Segment starts are fences: a rollback never reaches back across one, and the validators
 * start afresh at each, so the world, memory and validators at a segment start depend only on
 * the plan, the seed, the configuration and the journal of the seconds before it; the first
 * arrival at a segment start is final and is handed to {@code settled}.
 *
 * @param segmentSeconds length of a segment, seconds
 * @param start          first second made (a segment start)
 * @param end            second after the last one made
 * @param journal        the rollbacks of the seconds before {@code start} (the run adds its own)
 * @param settled        told of each segment start the run reaches, with the journal so far
 */
public record SegmentRun(int segmentSeconds, int start, int end, RollbackJournal journal,
        Settled settled) {
    /** Hears that the state at the start of {@code second} is final. */
    @FunctionalInterface
    public interface Settled {
        void settled(int second, RollbackJournal journal) throws IOException;
    }

    public SegmentRun {
        if (segmentSeconds < 1) throw new IllegalArgumentException("segment " + segmentSeconds);
        if (start < 0 || start % segmentSeconds != 0) {
            throw new IllegalArgumentException("start " + start + " is not a segment start");
        }
        if (end <= start) throw new IllegalArgumentException("end " + end + " <= start " + start);
        java.util.Objects.requireNonNull(journal, "journal");
        java.util.Objects.requireNonNull(settled, "settled");
    }

    /** Whether second {@code t} begins a segment. */
    boolean startsSegment(int t) {
        return t % segmentSeconds == 0;
    }

    /** The start of the segment holding second {@code t}. */
    int segmentOf(int t) {
        return t - t % segmentSeconds;
    }
}
