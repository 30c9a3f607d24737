package dev.longshot.story;

import static dev.longshot.story.StoryAssertions.EXAMPLE;
import static dev.longshot.story.StoryAssertions.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecodingTest {
    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void gbkFileIsNamedAsGbk() {
        byte[] gbk = String.join("\n", EXAMPLE).getBytes(Charset.forName("GB18030"));
        StoryboardException e = fails("forest.txt", gbk, 1, "");
        assertEquals("forest.txt:1: file is encoded as GB18030/GBK, not UTF-8;"
                + " convert it with: iconv -f GB18030 -t UTF-8 IN > OUT", e.getMessage());
    }

    @Test
    void gbkMessageGivesTheLineOfTheFirstBadByte() {
        // Two ASCII lines, then Chinese: the first non-UTF-8 byte is on line 3.
        byte[] gbk = ("# storyboard\nforest at dawn\n" + EXAMPLE.get(1) + "\n")
                .getBytes(Charset.forName("GBK"));
        fails("gbk.txt", gbk, 3, SourceDecoding.GB18030_PROBLEM);
    }

    @Test
    void utf16IsNamedAndMustBeSavedAsUtf8() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                EXAMPLE.get(0).getBytes(StandardCharsets.UTF_16LE));
        fails("w.txt", le, 0,
                "file is UTF-16 (UTF-16LE byte order mark); it must be saved as UTF-8");
        byte[] be = "森林".getBytes(StandardCharsets.UTF_16); // Java writes a BE BOM
        fails("w.txt", be, 0, "file is UTF-16 (UTF-16BE byte order mark)");
    }

    @Test
    void invalidUtf8NamesLineAndByteOffset() {
        // "café" in Latin-1: 0xE9 cannot start a UTF-8 sequence here and is not GB18030 + Han.
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9};
        byte[] bytes = concat(utf8("ok\nnice "), latin1, utf8("\n"));
        fails("l1.txt", bytes, 2, "invalid UTF-8 at line 2, byte offset 11 (byte 0xE9)");
    }

    @Test
    void truncatedUtf8AtEndIsInvalid() {
        byte[] full = utf8("森林\n森");
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);
        fails("cut.txt", cut, 2, "invalid UTF-8 at line 2, byte offset 7 (byte 0xE6)");
    }

    @Test
    void strayByteInUtf8ChineseIsNotCalledGbk() throws Exception {
        // These bytes also decode strictly as GB18030 (mojibake full of Han characters), but
        // the Chinese already read as UTF-8 shows it is a UTF-8 file with one bad byte.
        byte[] bytes = concat(utf8("森林\n"), new byte[] {(byte) 0xB0}, utf8("林"));
        String mojibake = Charset.forName("GB18030").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        assertTrue(mojibake.codePoints().anyMatch(
                cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN), mojibake);
        fails("stray.txt", bytes, 2, "invalid UTF-8 at line 2, byte offset 7 (byte 0xB0)");
    }

    @Test
    void nulBytesMeanNotAText() {
        byte[] bytes = concat(utf8("PK"), new byte[] {3, 4, 0, 0}, utf8("junk"));
        fails("x.zip.txt", bytes, 0, "not a text file: NUL byte at byte offset 4");
    }

    @Test
    void utf16WithoutBomIsCaughtByItsNulBytes() {
        byte[] bytes = "forest".getBytes(StandardCharsets.UTF_16LE);
        fails("w.txt", bytes, 0, "not a text file");
    }

    @Test
    void utf8BomIsStripped() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("[3s] a"));
        assertEquals("a", StoryboardParser.parse("b.txt", bytes).lines().get(0).text());
        byte[] json = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("[\"a\"]"));
        assertEquals(1, StoryboardParser.parse("b.txt", json).lines().get(0).sourceLine());
    }
}
