package dev.longshot.story;

import static dev.longshot.story.StoryAssertions.EXAMPLE;
import static dev.longshot.story.StoryAssertions.fails;
import static dev.longshot.story.StoryAssertions.parse;
import static dev.longshot.story.StoryAssertions.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryboardParserTest {
    @Test
    void sha256IsOfTheExactBytes() {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        Storyboard board = StoryboardParser.parse("abc.txt", abc);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                board.sha256());
        // Same lines, different bytes (CRLF, BOM): different digests.
        String lf = parse("a.txt", "abc\n").sha256();
        String crlf = parse("a.txt", "abc\r\n").sha256();
        String bom = parse("a.txt", "\uFEFFabc\n").sha256();
        assertEquals(3, List.of(lf, crlf, bom).stream().distinct().count());
        assertEquals("edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb", lf);
    }

    @Test
    void jsonAndTextGiveTheSameLines() {
        String text = "# 森林\n[5s] " + EXAMPLE.get(0) + "\n" + EXAMPLE.get(1)
                + "\n[01:30] " + EXAMPLE.get(2) + "\n";
        String json = "{\"lines\": [\n{\"text\": \"" + EXAMPLE.get(0) + "\", \"seconds\": 5},\n\""
                + EXAMPLE.get(1) + "\",\n{\"text\": \"" + EXAMPLE.get(2)
                + "\", \"duration\": \"01:30\"}]}\n";
        Storyboard fromText = parse("forest.txt", text);
        Storyboard fromJson = parse("forest.json", json);
        // Source lines happen to match too: the JSON puts each entry on the text's line.
        assertEquals(fromText.lines(), fromJson.lines());
        assertEquals(96, fromJson.totalSeconds());
        assertEquals(EXAMPLE.get(2), fromJson.lineAt(6).text());
        assertEquals(EXAMPLE.get(0), fromJson.lineAt(4).text());
    }

    @Test
    void jsonIsChosenByNameOrFirstCharacters() {
        assertTrue(StoryboardParser.isJson("BOARD.JSON", "a line"));
        assertTrue(StoryboardParser.isJson("b.txt", "  \n {\"lines\": []}"));
        assertTrue(StoryboardParser.isJson("b.txt", "[ \"a\"]"));
        assertTrue(StoryboardParser.isJson("b.txt", "[\n  {\"text\": \"a\"}]"));
        assertTrue(StoryboardParser.isJson("b", "[ ]"));
        assertFalse(StoryboardParser.isJson("b.txt", "[5s] a"));
        assertFalse(StoryboardParser.isJson("b.txt", "[ 01:30 ] a"));
        assertFalse(StoryboardParser.isJson("b.txt", "【5秒】 a"));
        assertFalse(StoryboardParser.isJson("b.txt", "# {comment}"));
        assertFalse(StoryboardParser.isJson("b.txt", ""));
        assertFalse(StoryboardParser.isJson("b.txt", "["));
    }

    @Test
    void bracketedTextFileIsReadAsText() {
        Storyboard board = parse("story", "[5s] Dawn\n[2m] Noon");
        assertEquals(List.of("Dawn", "Noon"), texts(board));
        assertEquals(125, board.totalSeconds());
    }

    @Test
    void jsonLookingTextWithoutJsonNameIsJson() {
        Storyboard board = parse("story.txt", "[\"" + EXAMPLE.get(0) + "\"]");
        assertEquals(List.of(EXAMPLE.get(0)), texts(board));
    }

    @Test
    void jsonNamedFileWithTextContentIsMalformedJson() {
        fails("story.json", "晨光中的森林", 1, "malformed JSON");
    }

    @Test
    void totalSecondsAndLineAtOnHolds() {
        Storyboard board = parse("h.txt", "[1m30s] " + EXAMPLE.get(0) + "\n" + EXAMPLE.get(1)
                + "\n[00:00:10] " + EXAMPLE.get(2));
        assertEquals(101, board.totalSeconds());
        assertEquals(1, board.lineAt(89).sourceLine());
        assertEquals(2, board.lineAt(90).sourceLine());
        assertEquals(3, board.lineAt(91).sourceLine());
        assertEquals(3, board.lineAt(100).sourceLine());
    }
}
