package dev.longshot.spark;

import dev.longshot.cli.Main;
import picocli.CommandLine.Command;

/**
 * Entry point of the Spark module's jar: {@code spark-generate} and {@code bench-spark}, with
 * longshot's messages and exit codes. The launcher runs it for those two commands;
 * {@code spark-submit --class dev.longshot.spark.SparkMain} runs it on a cluster.
 */
@Command(name = "longshot", mixinStandardHelpOptions = true,
        versionProvider = dev.longshot.cli.Version.class,
        description = "longshot's commands that run on Apache Spark.",
        subcommands = {SparkGenerateCommand.class, BenchSparkCommand.class})
public final class SparkMain {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command in-process (tests use this) and returns the exit code. */
    public static int run(String... args) {
        return Main.runCommand(new SparkMain(), args);
    }
}
