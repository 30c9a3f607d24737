package dev.longshot.story;

import static dev.longshot.story.StoryAssertions.EXAMPLE;
import static dev.longshot.story.StoryAssertions.fails;
import static dev.longshot.story.StoryAssertions.parse;
import static dev.longshot.story.StoryAssertions.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextStoryboardFormatTest {
    @Test
    void exampleLinesAreOneSecondEach() {
        Storyboard board = parse("forest.txt", String.join("\n", EXAMPLE) + "\n");
        assertEquals(List.of(
                new StoryLine(1, 0, 1, EXAMPLE.get(0)),
                new StoryLine(2, 1, 1, EXAMPLE.get(1)),
                new StoryLine(3, 2, 1, EXAMPLE.get(2))), board.lines());
        assertEquals(3, board.totalSeconds());
        assertEquals("forest.txt", board.source());
    }

    @Test
    void englishLinesAreOneSecondEach() {
        Storyboard board = parse("dawn.txt", "Dawn over a misty lake\nA heron takes off");
        assertEquals(List.of(
                new StoryLine(1, 0, 1, "Dawn over a misty lake"),
                new StoryLine(2, 1, 1, "A heron takes off")), board.lines());
    }

    @Test
    void commentsAndBlankLinesAreSkippedButCounted() {
        String text = "# 第一幕\n\n   \n  # indented comment\n＃ 全角注释\n" + EXAMPLE.get(0)
                + "\n\n" + EXAMPLE.get(1) + "\n";
        Storyboard board = parse("a.txt", text);
        assertEquals(List.of(6, 8), board.lines().stream().map(StoryLine::sourceLine).toList());
        assertEquals(EXAMPLE.subList(0, 2), texts(board));
    }

    @Test
    void crlfAndBomAreAccepted() {
        Storyboard board = parse("win.txt", "\uFEFF" + String.join("\r\n", EXAMPLE) + "\r\n");
        assertEquals(EXAMPLE, texts(board));
        assertEquals(3, board.lines().get(2).sourceLine());
    }

    @Test
    void textIsTrimmedIncludingIdeographicSpace() {
        Storyboard board = parse("t.txt", "\u3000  晨光中的森林\t \u3000\n");
        assertEquals(List.of("晨光中的森林"), texts(board));
    }

    @Test
    void holdPrefixSpansSeveralSeconds() {
        Storyboard board = parse("h.txt", "[5s] " + EXAMPLE.get(0) + "\n"
                + EXAMPLE.get(1) + "\n【2分钟】" + EXAMPLE.get(2) + "\n[01:30]   Eagle dives  \n");
        assertEquals(List.of(
                new StoryLine(1, 0, 5, EXAMPLE.get(0)),
                new StoryLine(2, 5, 1, EXAMPLE.get(1)),
                new StoryLine(3, 6, 120, EXAMPLE.get(2)),
                new StoryLine(4, 126, 90, "Eagle dives")), board.lines());
        assertEquals(216, board.totalSeconds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[90s]", "[90 s]", "[90秒]", "[1m30s]", "[01:30]", "[00:01:30]",
        "【90秒】", "［1分30秒］", "【1m30s]", "[ 90s ]", "[１分３０秒]"})
    void everyPrefixFormIsAHold(String prefix) {
        Storyboard board = parse("p.txt", prefix + " Fog rolls in");
        assertEquals(List.of(new StoryLine(1, 0, 90, "Fog rolls in")), board.lines());
    }

    @Test
    void minutePrefixesHoldSixtySecondsEach() {
        Storyboard board = parse("m.txt", "[2m] a\n[2min] b\n[2分钟] c");
        assertEquals(List.of(120, 120, 120),
                board.lines().stream().map(StoryLine::seconds).toList());
        assertEquals(360, board.totalSeconds());
    }

    @Test
    void lineAtFindsTheEntryCoveringASecond() {
        Storyboard board = parse("h.txt", "[5s] first\nsecond\n[00:01:00] third\nfourth");
        assertEquals(67, board.totalSeconds());
        assertEquals("first", board.lineAt(0).text());
        assertEquals("first", board.lineAt(4).text());
        assertEquals("second", board.lineAt(5).text());
        assertEquals("third", board.lineAt(6).text());
        assertEquals("third", board.lineAt(65).text());
        assertEquals("fourth", board.lineAt(66).text());
    }

    @Test
    void bracketsThatAreNotDurationsStayText() {
        Storyboard board = parse("b.txt", "# heading\n【第一幕】晨光中的森林\n[Dawn] mist");
        assertEquals(List.of("【第一幕】晨光中的森林", "[Dawn] mist"), texts(board));
    }

    @Test
    void malformedPrefixNamesLineAndPrefix() {
        fails("bad.txt", "ok\n# c\n[5x] forest", 3, "malformed hold prefix \"[5x]\": unknown unit");
        fails("bad.txt", "ok\n[1:99] forest", 2, "malformed hold prefix \"[1:99]\": seconds");
        fails("bad.txt", "ok\n[] forest", 2, "malformed hold prefix \"[]\": the duration is empty");
        fails("bad.txt", "ok\n[2.5s] forest", 2, "durations are whole seconds, got 2.5s");
        fails("bad.txt", "ok\n[5] forest", 2, "missing unit after 5");
    }

    @Test
    void zeroHoldIsRefused() {
        fails("zero.txt", "[0s] 森林", 1,
                "malformed hold prefix \"[0s]\": a hold must be at least 1 second, got 0");
    }

    @Test
    void prefixWithoutTextIsRefused() {
        fails("empty.txt", EXAMPLE.get(0) + "\r\n【5秒】  \r\n", 2,
                "hold prefix \"【5秒】\" has no text after it");
    }

    @Test
    void unclosedPrefixIsRefused() {
        fails("open.txt", "a\n[5s forest", 2, "has no closing bracket");
    }

    @Test
    void storyboardOfOnlyCommentsHasNoLines() {
        StoryboardException e = fails("c.txt", "# only\n\n   # comments\n", 0,
                "storyboard has no lines (comments and blank lines do not count)");
        assertEquals("c.txt: storyboard has no lines (comments and blank lines do not count)",
                e.getMessage());
        fails("empty.txt", "", 0, "storyboard has no lines");
    }
}
