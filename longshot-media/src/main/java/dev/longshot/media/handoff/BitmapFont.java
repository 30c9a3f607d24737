package dev.longshot.media.handoff;

/**
 * A 5×7 pixel font for burn-in text: digits, capitals and a little punctuation. Drawn from a
 * table, not a system font, so burned-in frames are the same bytes on every machine.
 */
final class BitmapFont {
    static final int WIDTH = 5;
    static final int HEIGHT = 7;
    private static final String CHARS = "0123456789:.-/ ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Seven rows per glyph, the high bit of five the leftmost pixel. */
    private static final int[][] GLYPHS = {
        {14, 17, 19, 21, 25, 17, 14}, {4, 12, 4, 4, 4, 4, 14}, {14, 17, 1, 2, 4, 8, 31},
        {31, 2, 4, 2, 1, 17, 14}, {2, 6, 10, 18, 31, 2, 2}, {31, 16, 30, 1, 1, 17, 14},
        {6, 8, 16, 30, 17, 17, 14}, {31, 1, 2, 4, 8, 8, 8}, {14, 17, 17, 14, 17, 17, 14},
        {14, 17, 17, 15, 1, 2, 12}, {0, 12, 12, 0, 12, 12, 0}, {0, 0, 0, 0, 0, 12, 12},
        {0, 0, 0, 31, 0, 0, 0}, {1, 2, 2, 4, 8, 8, 16}, {0, 0, 0, 0, 0, 0, 0},
        {14, 17, 17, 31, 17, 17, 17}, {30, 17, 17, 30, 17, 17, 30}, {14, 17, 16, 16, 16, 17, 14},
        {30, 17, 17, 17, 17, 17, 30}, {31, 16, 16, 30, 16, 16, 31}, {31, 16, 16, 30, 16, 16, 16},
        {14, 17, 16, 23, 17, 17, 15}, {17, 17, 17, 31, 17, 17, 17}, {14, 4, 4, 4, 4, 4, 14},
        {7, 2, 2, 2, 2, 18, 12}, {17, 18, 20, 24, 20, 18, 17}, {16, 16, 16, 16, 16, 16, 31},
        {17, 27, 21, 21, 17, 17, 17}, {17, 17, 25, 21, 19, 17, 17}, {14, 17, 17, 17, 17, 17, 14},
        {30, 17, 17, 30, 16, 16, 16}, {14, 17, 17, 17, 21, 18, 13}, {30, 17, 17, 30, 20, 18, 17},
        {15, 16, 16, 14, 1, 1, 30}, {31, 4, 4, 4, 4, 4, 4}, {17, 17, 17, 17, 17, 17, 14},
        {17, 17, 17, 17, 17, 10, 4}, {17, 17, 17, 21, 21, 21, 10}, {17, 17, 10, 4, 10, 17, 17},
        {17, 17, 10, 4, 4, 4, 4}, {31, 1, 2, 4, 8, 16, 31},
    };

    private BitmapFont() {}

    /** Whether pixel (x, y) of character {@code c}'s glyph is set; unknown characters are blank. */
    static boolean pixel(char c, int x, int y) {
        int i = CHARS.indexOf(Character.toUpperCase(c));
        return i >= 0 && (GLYPHS[i][y] >> (WIDTH - 1 - x) & 1) != 0;
    }
}
