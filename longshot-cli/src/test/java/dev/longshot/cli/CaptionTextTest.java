package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CaptionTextTest {
    private static final CaptionText TEXT = new CaptionText(16);

    private static int[] drawn(String s) {
        BufferedImage img = new BufferedImage(200, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        TEXT.draw(g, s, 2, 18);
        g.dispose();
        return img.getRGB(0, 0, 200, 24, null, 0, 200);
    }

    @Test
    void chineseCharactersGetTheirOwnGlyphsNotMissingGlyphBoxes() {
        // Missing glyphs all draw the same box: two different strings would look alike.
        int[] a = drawn("晨光中的森林");
        int[] b = drawn("鹿群在溪边饮");
        assertFalse(Arrays.equals(a, b));
        assertTrue(Arrays.stream(a).anyMatch(p -> (p & 0xFFFFFF) != 0), "something was drawn");
    }

    @Test
    void mixedTextIsCutAtACodePointWithAnEllipsis() {
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        String line = "Dawn 晨光中的森林, a herd of deer 鹿群在溪边饮水";
        assertEquals(line, TEXT.fit(g, line, 10_000));
        String cut = TEXT.fit(g, line, 120);
        assertTrue(cut.endsWith("…") && cut.length() < line.length(), cut);
        assertTrue(TEXT.width(g, cut) <= 120, cut);
        g.dispose();
    }
}
