package dev.longshot.cli;

import dev.longshot.story.StoryboardException;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: runs the command line and maps failures to clear messages and exit codes. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs longshot in-process (tests use this) and returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new LongshotCommand());
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setParameterExceptionHandler((e, a) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("longshot: " + e.getMessage());
            err.println("Try 'longshot " + e.getCommandLine().getCommandName() + " --help'.");
            return ExitCode.BAD_INPUT;
        });
        return cli;
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof StoryboardException || e instanceof UserError) {
            err.println("longshot: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof IOException) {
            // Paths are checked before work starts; an I/O failure now is the environment's.
            err.println("longshot: I/O error: " + e.getMessage());
            return ExitCode.INTERNAL;
        }
        err.println("longshot: internal error: " + e);
        e.printStackTrace(err);
        return ExitCode.INTERNAL;
    }
}
