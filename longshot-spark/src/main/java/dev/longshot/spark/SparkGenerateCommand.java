package dev.longshot.spark;

import dev.longshot.cli.GenerateCommand;
import dev.longshot.director.ProgressListener;
import dev.longshot.media.provenance.c2pa.SigningIdentity;
import dev.longshot.media.segments.ParallelSegments;
import dev.longshot.media.segments.SegmentJob;
import dev.longshot.media.segments.SegmentedRun;
import dev.longshot.media.segments.SegmentedVideo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code longshot spark-generate}: {@code generate}'s segmented run with the segments made as
 * Spark tasks. The driver (this process) opens the checkpoint store, splits the missing
 * segments into runs of consecutive segments, one Spark task each, accepts a segment only
 * when the rollbacks it started from are the true ones ({@link ParallelSegments}), checks each finished segment's checksums in the store and
 * joins, labels and seals the file as {@code generate} does. The store must be one directory
 * every executor sees under the same path.
 */
@Command(name = "spark-generate", mixinStandardHelpOptions = true,
        description = {"Make a video from a storyboard with its 10-s segments rendered as"
                + " Apache Spark tasks; the same frames as generate --resume.",
                "The store (--work, default .OUT.mp4.longshot beside the output) must be a"
                + " directory every executor sees at the same path (a shared POSIX mount)."})
public final class SparkGenerateCommand extends GenerateCommand {
    @Option(names = "--master", paramLabel = "URL", description = "Spark master: local[N]"
            + " (this machine, N tasks at once), local[*], spark://HOST:PORT, yarn or k8s://URL"
            + " (default: what spark-submit set, else local[*]).")
    String master;

    @Override
    protected boolean segmented() {
        return true;
    }

    @Override
    protected boolean rendersHere() {
        return false;
    }

    @Override
    protected int defaultThreads() {
        return SparkMaster.threadsPerTask(SparkContexts.master(master));
    }

    @Override
    protected SegmentedRun.Made makeSegments(SegmentedVideo video, Path target, Path work,
            SegmentedRun.Range range, ProgressListener progress, SigningIdentity signer)
            throws IOException {
        String m = SparkContexts.master(master); // a bad one is refused before anything starts
        PrintWriter err = quiet() ? null : err();
        long begin = System.nanoTime();
        try (JavaSparkContext spark = SparkContexts.start(m, "longshot " + target.getFileName());
                SegmentedRun run = openStore(video, target, work, range)) {
            SegmentJob job = SegmentJob.of(run, video.config().renderThreads(), work);
            SparkSegmentWorkers workers = new SparkSegmentWorkers(spark);
            ParallelSegments.Report r = new ParallelSegments(run, job, workers.parallelism(),
                    err, progress, Duration.ofSeconds(2)).make(workers);
            SegmentedRun.Made made = run.join(signer);
            if (err != null) {
                err.printf(Locale.ROOT, "longshot: %d Spark task(s) on %s in %d round(s)"
                        + " (%d segment(s) made again), %.1f s of task time; %.1f s in all%n",
                        r.tasks(), m,
                        r.waves(), r.remade(), r.taskNanos() / 1e9,
                        (System.nanoTime() - begin) / 1e9);
                err.flush();
            }
            return made;
        }
    }
}
