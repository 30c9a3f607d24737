package dev.longshot.story;

/**
 * One storyboard entry: a text held for {@code seconds} seconds starting at {@code startSecond}.
 *
 * @param sourceLine  1-based line in the source file (for error messages and logs)
 * @param startSecond first second of the video this text covers (0-based)
 * @param seconds     how many seconds the text holds (≥ 1)
 * @param text        the description, trimmed, never empty
 */
public record StoryLine(int sourceLine, int startSecond, int seconds, String text) {
    public StoryLine {
        if (seconds < 1) throw new IllegalArgumentException("seconds must be >= 1: " + seconds);
        if (startSecond < 0) throw new IllegalArgumentException("startSecond < 0: " + startSecond);
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty text");
    }

    /** First second after this entry. */
    public int endSecond() {
        return startSecond + seconds;
    }
}
