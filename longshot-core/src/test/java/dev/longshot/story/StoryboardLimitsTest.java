package dev.longshot.story;

import static dev.longshot.story.StoryAssertions.fails;
import static dev.longshot.story.StoryAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StoryboardLimitsTest {
    @Test
    void exactlyTwentyFourHoursIsAllowed() {
        Storyboard board = parse("day.txt", "[23:59:59] long\nlast second");
        assertEquals(86_400, board.totalSeconds());
        assertEquals("last second", board.lineAt(86_399).text());
    }

    @Test
    void passingTwentyFourHoursNamesTheLineAndTotal() {
        StoryboardException e = fails("long.txt", "[12:00:00] a\n# note\n[11:59:59] b\n"
                + "[5s] c\nd", 4, "passes 24 hours at this line: total 24:00:04 (86,404 s)");
        assertEquals("long.txt:4: the storyboard passes 24 hours at this line:"
                + " total 24:00:04 (86,404 s); the limit is 24:00:00", e.getMessage());
    }

    @Test
    void hugeSingleHoldIsRefusedAtItsLine() {
        fails("huge.txt", "a\n[999999999h] b", 2, "passes 24 hours");
    }

    @Test
    void twoThousandCodePointsIsTheLimit() {
        // Supplementary characters are two chars but one code point: the limit counts points.
        String emoji = "🌲".repeat(2_000);
        assertEquals(4_000, emoji.length());
        assertEquals(emoji, parse("ok.txt", emoji).lines().get(0).text());
        assertEquals(2_000, parse("ok.txt", "森".repeat(2_000)).lines().get(0).text().length());
    }

    @Test
    void overlongLineNamesItsLength() {
        StoryboardException e = fails("long.txt", "a\n\n[3s] " + "林".repeat(2_345), 3,
                "text is 2,345 characters long; the limit is 2,000");
        assertEquals(3, e.line());
        fails("long.json", "[\"a\",\n\"" + "x".repeat(2_001) + "\"]", 2,
                "text is 2,001 characters long");
    }
}
