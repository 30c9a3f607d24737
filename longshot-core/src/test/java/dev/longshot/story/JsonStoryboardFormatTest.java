package dev.longshot.story;

import static dev.longshot.story.StoryAssertions.EXAMPLE;
import static dev.longshot.story.StoryAssertions.fails;
import static dev.longshot.story.StoryAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonStoryboardFormatTest {
    @Test
    void arrayOfStringsIsOneSecondPerString() {
        Storyboard board = parse("forest.json", "[\n  \"" + EXAMPLE.get(0) + "\",\n  \""
                + EXAMPLE.get(1) + "\",\n  \"" + EXAMPLE.get(2) + "\"\n]\n");
        assertEquals(List.of(
                new StoryLine(2, 0, 1, EXAMPLE.get(0)),
                new StoryLine(3, 1, 1, EXAMPLE.get(1)),
                new StoryLine(4, 2, 1, EXAMPLE.get(2))), board.lines());
    }

    @Test
    void objectsCarrySecondsOrDuration() {
        String json = """
                {"lines": [
                  {"text": "Dawn over the lake", "seconds": 5},
                  "A heron takes off",
                  {"duration": "00:01:30", "text": "  The heron glides  "},
                  {"text": "鹰的视角俯冲", "duration": "2分钟"},
                  {"text": "Whole", "seconds": 3.0}
                ]}
                """;
        assertEquals(List.of(
                new StoryLine(2, 0, 5, "Dawn over the lake"),
                new StoryLine(3, 5, 1, "A heron takes off"),
                new StoryLine(4, 6, 90, "The heron glides"),
                new StoryLine(5, 96, 120, "鹰的视角俯冲"),
                new StoryLine(6, 216, 3, "Whole")), parse("b.json", json).lines());
    }

    @Test
    void fractionalSecondsNameTheJsonLine() {
        String json = "{\n  \"lines\": [\n    \"a\",\n    \"b\",\n    \"c\",\n    \"d\",\n"
                + "    {\"text\": \"e\", \"seconds\": 2.5}\n  ]\n}\n";
        StoryboardException e = fails("board.json", json, 7, "");
        assertEquals("board.json:7: \"seconds\" must be a whole number of seconds > 0, got 2.5",
                e.getMessage());
    }

    @Test
    void wrongTypesAreNamed() {
        fails("t.json", "[\n{\"text\": \"a\", \"seconds\": \"5\"}]", 2,
                "\"seconds\" must be a whole number of seconds > 0, got \"5\"");
        fails("t.json", "[\"a\",\n{\"text\": \"a\", \"seconds\": 0}]", 2, "got 0");
        fails("t.json", "[\"a\",\n{\"text\": \"a\", \"seconds\": -3}]", 2, "got -3");
        fails("t.json", "[\"a\",\n{\"text\": \"a\", \"seconds\": 100000}]", 2,
                "\"seconds\" must be at most 86,400 (24 hours), got 100000");
        fails("t.json", "[\"a\",\n\n{\"text\": 7}]", 3, "\"text\" must be a string, got 7");
        fails("t.json", "[\"a\",\n42]", 2, "each line must be a string or an object");
        fails("t.json", "[\"a\", null]", 1, "got null");
        fails("t.json", "[{\"text\": \"a\", \"duration\": 90}]", 1,
                "\"duration\" must be a string such as \"00:01:30\" or \"5s\", got 90");
        fails("t.json", "{\"lines\": \"a\"}", 1, "\"lines\" must be an array, got \"a\"");
        fails("t.json", "\"just a string\"", 1, "a JSON storyboard is an array of lines");
    }

    @Test
    void malformedDurationIsNamed() {
        fails("d.json", "[\n{\"text\": \"a\",\n \"duration\": \"5x\"}]", 3,
                "malformed \"duration\" \"5x\": unknown unit \"x\"");
        fails("d.json", "[{\"text\": \"a\", \"duration\": \"1:99\"}]", 1, "seconds must be 00–59");
    }

    @Test
    void missingOrEmptyTextIsRefused() {
        fails("m.json", "[\"a\",\n  {\"seconds\": 5}\n]", 2, "line has no \"text\"");
        fails("m.json", "[\"a\",\n  \"   \"]", 2, "\"text\" is empty");
        fails("m.json", "[\"a\",\n  {\"text\": \"\", \"seconds\": 2}]", 2, "\"text\" is empty");
    }

    @Test
    void secondsAndDurationTogetherAreRefused() {
        fails("both.json", "[{\"text\": \"a\",\n \"seconds\": 5,\n \"duration\": \"5s\"}]", 3,
                "give either \"seconds\" or \"duration\", not both");
    }

    @Test
    void unknownKeysAreNamed() {
        fails("k.json", "{\n \"lines\": [\"a\"],\n \"fps\": 30\n}", 3,
                "unknown top-level key \"fps\"; the only key is \"lines\"");
        fails("k.json", "[{\"text\": \"a\",\n \"secs\": 5}]", 2, "unknown key \"secs\" in a line");
        fails("k.json", "{\"title\": \"x\"}", 1, "unknown top-level key \"title\"");
        fails("k.json", "{\n}", 1, "the JSON object has no \"lines\" key");
    }

    @Test
    void malformedJsonIsReportedInPlainWords() {
        StoryboardException e = fails("m.json", "[\n  \"a\",\n  \"b\"\n  \"c\"\n]", 4,
                "malformed JSON: ");
        assertEquals(false, e.problem().contains("code"), e.problem());
        assertEquals(false, e.problem().contains("Source"), e.problem());
        fails("m.json", "[\"a\",\n", 2, "malformed JSON: ");
        fails("m.json", "[\"a\"] extra", 1, "malformed JSON: ");
        fails("m.json", "[\"a\"]\n[\"b\"]", 2,
                "more JSON after the end of the storyboard: an array");
        fails("m.json", "[{\"text\": \"a\",\n \"text\": \"b\"}]", 2,
                "malformed JSON: duplicate key \"text\"");
        fails("m.json", "[\"a\" // note\n]", 1, "comments are not allowed in JSON");
        fails("m.json", "[\"broken\n\"]", 1, "(a line break)");
    }

    @Test
    void jacksonSourceMarkersBecomeLineNumbers() {
        assertEquals("Unexpected end-of-input: expected close marker for Array (opened on line 3)",
                JsonStoryboardFormat.plainWords("Unexpected end-of-input: expected close marker"
                        + " for Array (start marker at [Source: REDACTED (`StreamReadFeature"
                        + ".INCLUDE_SOURCE_IN_LOCATION` disabled); line: 3, column: 11])"));
    }

    @Test
    void emptyJsonHasNoLines() {
        fails("e.json", "[]", 0, "storyboard has no lines (the JSON array of lines is empty)");
        fails("e.json", "{\"lines\": []}", 0, "storyboard has no lines");
        fails("e.json", "  \n", 0, "storyboard has no lines (the file is empty)");
    }

    @Test
    void limitsApplyToJsonToo() {
        fails("l.json", "[{\"text\": \"a\", \"duration\": \"23:59:59\"},\n\"b\",\n\"c\"]", 3,
                "passes 24 hours at this line: total 24:00:01");
    }
}
