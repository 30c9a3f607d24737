package dev.longshot.spark;

import dev.longshot.cli.UserError;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** Starts Spark for a longshot run: no web UI; on this machine, bound to loopback only. */
final class SparkContexts {
    /** The master when neither --master nor spark-submit names one. */
    static final String DEFAULT_MASTER = "local[*]";

    private SparkContexts() {}

    /**
     * The master to use: {@code option} when given, else what {@code spark-submit} set
     * ({@code spark.master}), else {@link #DEFAULT_MASTER}; checked.
     */
    static String master(String option) {
        if (option != null) return SparkMaster.check(option);
        String submitted = new SparkConf().get("spark.master", null);
        return submitted != null ? submitted : DEFAULT_MASTER;
    }

    /** A context for {@code master}; a clear message when Spark cannot start. */
    static JavaSparkContext start(String master, String app) {
        SparkConf conf = new SparkConf().setAppName(app).setMaster(master)
                .set("spark.ui.enabled", "false");
        if (SparkMaster.local(master)) {
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        }
        try {
            return new JavaSparkContext(conf);
        } catch (RuntimeException e) {
            throw new UserError("cannot start Spark with master " + master + ": "
                    + e.getMessage(), e);
        }
    }
}
