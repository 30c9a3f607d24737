package dev.longshot.story;

/**
 * A storyboard that cannot be used. The message names the file, the line (when there is one)
 * and the problem, in the form {@code file:line: problem}.
 */
public final class StoryboardException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;
    private final String problem;

    /** @param line 1-based line, or 0 when the problem concerns the whole file */
    public StoryboardException(String source, int line, String problem) {
        super(line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
