package dev.longshot.media.segments;

import dev.longshot.director.WorkerSegmentFiles;
import java.io.Serializable;
import java.util.TreeMap;

/**
 * What a worker made of one segment.
 *
 * @param segment       the segment's index
 * @param journalBefore the rollbacks it was started from (its task's)
 * @param journalAfter  the rollbacks of every second before its end: the start of the next
 *                      segment, if this one's start held
 * @param made          its files' SHA-256, or null when it was not written
 * @param nanos         its share of the wall time its task took
 */
public record SegmentResult(int segment, TreeMap<Integer, Long> journalBefore,
        TreeMap<Integer, Long> journalAfter, WorkerSegmentFiles.Made made, long nanos)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
