package dev.longshot.story;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Storyboard bytes to text. Storyboards are UTF-8; anything else is refused with a message
 * that says what the file most likely is and how to fix it, because a wrongly decoded
 * storyboard would silently render the wrong film.
 */
final class SourceDecoding {
    static final String GB18030_PROBLEM = "file is encoded as GB18030/GBK, not UTF-8;"
            + " convert it with: iconv -f GB18030 -t UTF-8 IN > OUT";

    private SourceDecoding() {
    }

    /** The text of {@code bytes}, without a leading UTF-8 byte order mark. */
    static String decode(String source, byte[] bytes) {
        refuseUnicodeBoms(source, bytes);
        refuseNul(source, bytes);
        CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more UTF-16 chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) throw notUtf8(source, bytes, in.position(), out.flip());
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void refuseUnicodeBoms(String source, byte[] bytes) {
        String name = null;
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) name = "UTF-32LE";
        else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) name = "UTF-32BE";
        else if (startsWith(bytes, 0xFF, 0xFE)) name = "UTF-16LE";
        else if (startsWith(bytes, 0xFE, 0xFF)) name = "UTF-16BE";
        if (name != null) {
            String family = name.substring(0, 6);
            throw new StoryboardException(source, 0, "file is " + family + " (" + name
                    + " byte order mark); it must be saved as UTF-8");
        }
    }

    private static void refuseNul(String source, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new StoryboardException(source, 0, "not a text file: NUL byte at byte"
                        + " offset " + i + " (if it is UTF-16, save it as UTF-8)");
            }
        }
    }

    /** {@code validPrefix} is the text decoded before the bad byte at {@code offset}. */
    private static StoryboardException notUtf8(String source, byte[] bytes, int offset,
            CharSequence validPrefix) {
        int line = lineOf(bytes, offset);
        // Chinese already read as UTF-8 means a UTF-8 file with a stray bad byte, not GBK.
        if (!hasHan(validPrefix) && isCjkGb18030(bytes)) {
            return new StoryboardException(source, line, GB18030_PROBLEM);
        }
        String problem = String.format(Locale.ROOT, "invalid UTF-8 at line %d, byte offset %d (byte 0x%02X);"
                + " save the file as UTF-8", line, offset, bytes[offset] & 0xFF);
        return new StoryboardException(source, line, problem);
    }

    // GB18030 accepts most byte soup, so only call it that when it also yields Chinese.
    private static boolean isCjkGb18030(byte[] bytes) {
        String text;
        try {
            text = strict(Charset.forName("GB18030")).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return hasHan(text);
    }

    private static boolean hasHan(CharSequence text) {
        return text.codePoints().anyMatch(
                cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** 1-based line that holds byte {@code offset}. */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
