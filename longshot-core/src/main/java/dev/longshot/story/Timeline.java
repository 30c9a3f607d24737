package dev.longshot.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays entries end to end from second 0 and enforces the limits every format shares, so text
 * and JSON storyboards fail the same way on the same content.
 */
final class Timeline {
    /** Longest video a storyboard may describe. */
    static final int MAX_TOTAL_SECONDS = 24 * 60 * 60;
    /** Longest entry text, in Unicode code points (a CJK character counts once). */
    static final int MAX_TEXT_CODE_POINTS = 2_000;

    private final String source;
    private final List<StoryLine> lines = new ArrayList<>();
    private long total;

    Timeline(String source) {
        this.source = source;
    }

    /** Appends {@code text}, already stripped and non-empty, held for {@code seconds} ≥ 1. */
    void add(int sourceLine, long seconds, String text) {
        int length = text.codePointCount(0, text.length());
        if (length > MAX_TEXT_CODE_POINTS) {
            throw new StoryboardException(source, sourceLine, String.format(Locale.ROOT,
                    "text is %,d characters long; the limit is %,d", length,
                    MAX_TEXT_CODE_POINTS));
        }
        long end = total + seconds;
        if (end > MAX_TOTAL_SECONDS) {
            throw new StoryboardException(source, sourceLine, String.format(Locale.ROOT,
                    "the storyboard passes 24 hours at this line: total %s (%,d s);"
                            + " the limit is 24:00:00", clock(end), end));
        }
        lines.add(new StoryLine(sourceLine, (int) total, (int) seconds, text));
        total = end;
    }

    /** The entries so far; {@code whatIsMissing} completes "storyboard has no lines ...". */
    List<StoryLine> finish(String whatIsMissing) {
        if (lines.isEmpty()) {
            throw new StoryboardException(source, 0, "storyboard has no lines " + whatIsMissing);
        }
        return List.copyOf(lines);
    }

    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d",
                seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
