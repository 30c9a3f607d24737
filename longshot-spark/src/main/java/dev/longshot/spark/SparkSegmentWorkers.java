package dev.longshot.spark;

import dev.longshot.media.segments.SegmentResult;
import dev.longshot.media.segments.SegmentTask;
import dev.longshot.media.segments.SegmentWorkers;
import java.io.IOException;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/** Segment tasks as a Spark job: one Spark task each, their results back to the driver. */
final class SparkSegmentWorkers implements SegmentWorkers {
    private final JavaSparkContext spark;

    SparkSegmentWorkers(JavaSparkContext spark) {
        this.spark = spark;
    }

    /** Tasks Spark runs at once: a round's segments are split into this many. */
    int parallelism() {
        return spark.defaultParallelism();
    }

    @Override
    public List<SegmentResult> make(List<SegmentTask> tasks) throws IOException {
        try {
            List<List<SegmentResult>> made = spark.parallelize(tasks, tasks.size())
                    .map(SegmentTask::make).collect();
            return made.stream().flatMap(List::stream).toList();
        } catch (Exception e) { // Spark's Scala code throws its checked SparkException undeclared
            String message = String.valueOf(e.getMessage());
            int eol = message.indexOf('\n'); // the first line names the task and the failure
            throw new IOException("a Spark task failed: "
                    + (eol < 0 ? message : message.substring(0, eol)), e);
        }
    }
}
