package dev.longshot.cli;

import dev.longshot.story.StoryboardException;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: runs the command line and maps failures to clear messages and exit codes. */
public final class Main {
    private Main() {}

    /**
     * Said when even the message cannot be built: with a heap of a few MiB the error can come
     * back while it is reported, so its bytes are made before any run.
     */
    private static final byte[] OUT_OF_MEMORY = ("longshot: out of memory: the Java heap is too "
            + "small for this run. Give it more with LONGSHOT_JAVA_OPTS=-Xmx1g. Nothing was "
            + "written.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            code = outOfMemoryPlain();
        }
        System.exit(code);
    }

    /** Runs longshot in-process (tests use this) and returns the exit code. */
    public static int run(String... args) {
        return run(commandLine(), args);
    }

    /**
     * Runs {@code command} (a picocli command, e.g. another module's, such as
     * {@code longshot-spark}'s) with longshot's messages and exit codes for failures.
     */
    public static int runCommand(Object command, String... args) {
        return run(handled(new CommandLine(command)), args);
    }

    /** As {@link #runCommand(Object, String...)}, printing to {@code out} and {@code err}. */
    public static int runCommand(Object command, PrintWriter out, PrintWriter err,
            String... args) {
        CommandLine cli = handled(new CommandLine(command));
        cli.setOut(out);
        cli.setErr(err);
        return run(cli, args);
    }

    private static int run(CommandLine cli, String... args) {
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli passes errors through; the stack has unwound and the partial files are gone
            try {
                return outOfMemory(cli.getErr());
            } catch (OutOfMemoryError again) {
                return outOfMemoryPlain();
            }
        }
    }

    /** The out-of-memory message from bytes made at start, when building it fails too. */
    private static int outOfMemoryPlain() {
        System.err.write(OUT_OF_MEMORY, 0, OUT_OF_MEMORY.length);
        System.err.flush();
        return ExitCode.INTERNAL;
    }

    /** What to do when the heap is too small, instead of a stack trace. */
    static int outOfMemory(PrintWriter err) {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        // Suggest twice the heap that ran out, in whole GiB (at least 1: 720p runs in 1 GiB).
        long gib = StrictMath.max(1, (2 * mib + 1023) >> 10);
        err.println("longshot: out of memory: the Java heap (" + mib + " MiB) is too small for "
                + "this run. Give it more with LONGSHOT_JAVA_OPTS=-Xmx" + gib + "g (the launcher "
                + "sizes the heap from --size and --fps unless LONGSHOT_JAVA_OPTS sets -Xmx), or "
                + "ask for a smaller --size or --fps. Nothing was written.");
        return ExitCode.INTERNAL;
    }

    static CommandLine commandLine() {
        return handled(new CommandLine(new LongshotCommand()));
    }

    private static CommandLine handled(CommandLine cli) {
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
        for (Throwable c = e; c != null; c = c.getCause()) {
            // a worker thread (renderer, encoder) that ran out reaches us wrapped
            if (c instanceof OutOfMemoryError) return outOfMemory(err);
        }
        err.println("longshot: internal error: " + e);
        e.printStackTrace(err);
        return ExitCode.INTERNAL;
    }
}
