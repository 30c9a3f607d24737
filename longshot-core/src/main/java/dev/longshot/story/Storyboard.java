package dev.longshot.story;

import java.util.List;

/**
 * A parsed storyboard: entries in time order, contiguous from second 0.
 *
 * @param source name of the file it came from (for messages and provenance)
 * @param lines  entries, contiguous: each starts where the previous ended
 * @param sha256 hex SHA-256 of the source bytes exactly as read
 */
public record Storyboard(String source, List<StoryLine> lines, String sha256) {
    public Storyboard {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) throw new IllegalArgumentException("storyboard has no lines");
        int expected = 0;
        for (StoryLine line : lines) {
            if (line.startSecond() != expected) {
                throw new IllegalArgumentException("lines not contiguous at " + line);
            }
            expected = line.endSecond();
        }
    }

    /** Length of the video in seconds. */
    public int totalSeconds() {
        return lines.get(lines.size() - 1).endSecond();
    }

    /** The entry that covers {@code second} (0-based). */
    public StoryLine lineAt(int second) {
        if (second < 0 || second >= totalSeconds()) {
            throw new IndexOutOfBoundsException("second " + second + " of " + totalSeconds());
        }
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).startSecond() <= second) lo = mid; else hi = mid - 1;
        }
        return lines.get(lo);
    }
}
