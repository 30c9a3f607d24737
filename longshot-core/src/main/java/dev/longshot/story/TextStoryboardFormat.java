package dev.longshot.story;

import java.util.List;

/**
 * Plain-text storyboards: one entry per line, held one second unless the line starts with a
 * hold prefix such as {@code [5s]}, {@code 【2分钟】} or {@code [00:01:30]}. Lines whose first
 * non-blank character is {@code #} (or full-width {@code ＃}) are comments; blank lines are
 * ignored.
 */
final class TextStoryboardFormat implements StoryboardFormat {
    private static final String OPENERS = "[【［";
    private static final String CLOSERS = "]】］";

    @Override
    public List<StoryLine> read(String source, String text) {
        Timeline timeline = new Timeline(source);
        String[] rows = text.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            readRow(source, i + 1, rows[i], timeline);
        }
        return timeline.finish("(comments and blank lines do not count)");
    }

    private static void readRow(String source, int lineNo, String row, Timeline timeline) {
        // strip() also drops the CR of CRLF and the ideographic space U+3000.
        String line = row.strip();
        if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '＃') return;
        if (!startsHoldPrefix(line)) {
            timeline.add(lineNo, 1, line);
            return;
        }
        int close = indexOfCloser(line);
        if (close < 0) {
            throw new StoryboardException(source, lineNo, "hold prefix \"" + shorten(line)
                    + "\" has no closing bracket; write e.g. [5s] text");
        }
        String prefix = line.substring(0, close + 1);
        long seconds;
        try {
            seconds = Durations.parse(line.substring(1, close));
        } catch (Durations.InvalidDuration e) {
            throw new StoryboardException(source, lineNo,
                    "malformed hold prefix \"" + prefix + "\": " + e.getMessage());
        }
        String rest = line.substring(close + 1).strip();
        if (rest.isEmpty()) {
            throw new StoryboardException(source, lineNo,
                    "hold prefix \"" + prefix + "\" has no text after it");
        }
        timeline.add(lineNo, seconds, rest);
    }

    /**
     * A bracket starts a hold prefix when what follows it looks like a number (or nothing):
     * {@code [5x]} and {@code []} are mistakes to report, while {@code 【第一幕】} and
     * {@code [Dawn]} are ordinary text.
     */
    private static boolean startsHoldPrefix(String line) {
        if (OPENERS.indexOf(line.charAt(0)) < 0) return false;
        String after = line.substring(1).stripLeading();
        if (after.isEmpty()) return true;
        char c = after.charAt(0);
        return CLOSERS.indexOf(c) >= 0 || Character.isDigit(c) || "-+.．".indexOf(c) >= 0;
    }

    // Any closer matches any opener: input methods switch bracket widths mid-word.
    private static int indexOfCloser(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (CLOSERS.indexOf(line.charAt(i)) >= 0) return i;
        }
        return -1;
    }

    private static String shorten(String line) {
        int end = line.offsetByCodePoints(0, Math.min(12, line.codePointCount(0, line.length())));
        return end < line.length() ? line.substring(0, end) + "…" : line;
    }
}
