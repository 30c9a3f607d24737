package dev.longshot.media.segments;

import java.io.IOException;
import java.util.List;

/** A pool that makes segment tasks, in any order and on any machine (Spark, threads …). */
@FunctionalInterface
public interface SegmentWorkers {
    /** Makes every task; the results of all their segments, in any order. */
    List<SegmentResult> make(List<SegmentTask> tasks) throws IOException;
}
