package dev.longshot.spark;

import dev.longshot.cli.UserError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --master} of a Spark run, checked before anything starts: {@code local},
 * {@code local[N]}, {@code local[*]} (this machine, N tasks at once), or a cluster's
 * {@code spark://HOST:PORT}, {@code yarn} or {@code k8s://URL}.
 */
final class SparkMaster {
    private static final Pattern LOCAL =
            Pattern.compile("local(?:\\[(\\*|[1-9][0-9]{0,3})(?:,[1-9][0-9]{0,2})?])?");
    private static final Pattern CLUSTER =
            Pattern.compile("spark://[^\\s/]+:[0-9]{1,5}(,[^\\s/]+:[0-9]{1,5})*|yarn|k8s://\\S+");

    private SparkMaster() {}

    /** {@code master} if Spark can take it, else a {@link UserError} listing what it takes. */
    static String check(String master) {
        if (LOCAL.matcher(master).matches() || CLUSTER.matcher(master).matches()) return master;
        throw new UserError("--master " + master + ": not a Spark master; use local[N] (N tasks"
                + " at once on this machine), local[*], spark://HOST:PORT, yarn or k8s://URL");
    }

    /** Whether {@code master} runs everything on this machine (then Spark binds to loopback). */
    static boolean local(String master) {
        return LOCAL.matcher(master).matches();
    }

    /**
     * Render threads per task: this machine's cores shared by the tasks local[N] runs at once;
     * one on a cluster, where Spark gives each task {@code spark.task.cpus} cores (default 1).
     */
    static int threadsPerTask(String master) {
        int cores = Runtime.getRuntime().availableProcessors();
        Matcher m = LOCAL.matcher(master);
        if (!m.matches()) return 1;
        if (m.group(1) == null) return cores; // "local": one task at a time
        if (m.group(1).equals("*")) return 1;
        return Math.max(1, cores / Integer.parseInt(m.group(1)));
    }
}
