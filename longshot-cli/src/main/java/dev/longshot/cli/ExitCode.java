package dev.longshot.cli;

/** Exit codes of every longshot command. */
public final class ExitCode {
    public static final int OK = 0;
    /** A negative answer (e.g. no watermark found). */
    public static final int NEGATIVE = 1;
    /** Bad input: storyboard, option, path. */
    public static final int BAD_INPUT = 2;
    /** A bug or an environment failure. */
    public static final int INTERNAL = 4;

    private ExitCode() {}
}
