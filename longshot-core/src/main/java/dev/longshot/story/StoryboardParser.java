package dev.longshot.story;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a storyboard from the bytes of a file. The caller does the file I/O; this class
 * decodes (UTF-8 only), picks the format (plain text or JSON), and returns timed lines.
 *
 * <p>The format is JSON when {@code sourceName} ends with {@code .json} (any case), when the
 * first non-blank character is <code>{</code>, or when it is {@code [} followed by
 * {@code "}, <code>{</code> or {@code ]}. Everything else is plain text, whose lines may
 * themselves start with {@code [5s]}.
 */
public final class StoryboardParser {
    private StoryboardParser() {
    }

    /**
     * The storyboard in {@code bytes}.
     *
     * @param sourceName file name used in messages and format choice, e.g. {@code board.txt}
     * @param bytes      the file's exact contents
     * @throws StoryboardException naming the file, the line (0 = whole file) and the problem
     */
    public static Storyboard parse(String sourceName, byte[] bytes) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(bytes, "bytes");
        String sha256 = sha256(bytes);
        String text = SourceDecoding.decode(sourceName, bytes);
        StoryboardFormat format = isJson(sourceName, text)
                ? new JsonStoryboardFormat() : new TextStoryboardFormat();
        return new Storyboard(sourceName, format.read(sourceName, text), sha256);
    }

    static boolean isJson(String sourceName, String text) {
        if (sourceName.toLowerCase(Locale.ROOT).endsWith(".json")) return true;
        int first = nextNonBlank(text, 0);
        if (first < 0) return false;
        char c = text.charAt(first);
        if (c == '{') return true;
        if (c != '[') return false;
        int second = nextNonBlank(text, first + 1);
        return second >= 0 && "\"{]".indexOf(text.charAt(second)) >= 0;
    }

    private static int nextNonBlank(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) return i;
        }
        return -1;
    }

    /** Lowercase hex SHA-256 of {@code bytes}. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
