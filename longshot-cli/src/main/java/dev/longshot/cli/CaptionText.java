package dev.longshot.cli;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;

/**
 * Caption text in Chinese and English alike: each run of characters is drawn with the JDK's
 * sans-serif font where it has the glyphs, and with the bundled Droid Sans Fallback where it
 * does not, so a Chinese storyboard's captions never turn into empty boxes on a machine
 * without CJK fonts.
 */
final class CaptionText {
    private static final String FALLBACK = "fonts/DroidSansFallback.ttf";
    private static final Font CJK = load();

    private final Font latin;
    private final Font cjk;

    CaptionText(int size) {
        this.latin = new Font(Font.SANS_SERIF, Font.PLAIN, size);
        this.cjk = CJK.deriveFont(Font.PLAIN, (float) size);
    }

    private static Font load() {
        try (InputStream in = CaptionText.class.getResourceAsStream(FALLBACK)) {
            if (in == null) throw new IllegalStateException("missing resource " + FALLBACK);
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bad font resource " + FALLBACK, e);
        }
    }

    /** The font a line of this size is measured with (its ascent places the baseline). */
    Font latin() {
        return latin;
    }

    /** Width of {@code text} in pixels. */
    float width(Graphics2D g, String text) {
        if (text.isEmpty()) return 0;
        return new TextLayout(styled(text).getIterator(), g.getFontRenderContext()).getAdvance();
    }

    /** Draws {@code text} with its baseline at (x, y). */
    void draw(Graphics2D g, String text, int x, int y) {
        if (!text.isEmpty()) g.drawString(styled(text).getIterator(), x, y);
    }

    /** {@code text}, cut at a code point and ended with "…" where it is wider than {@code max}. */
    String fit(Graphics2D g, String text, int max) {
        if (width(g, text) <= max) return text;
        String cut = text;
        while (!cut.isEmpty() && width(g, cut + "…") > max) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + "…";
    }

    private AttributedString styled(String text) {
        AttributedString s = new AttributedString(text);
        int start = 0;
        while (start < text.length()) {
            boolean own = latin.canDisplay(text.codePointAt(start));
            int end = start;
            while (end < text.length() && latin.canDisplay(text.codePointAt(end)) == own) {
                end = text.offsetByCodePoints(end, 1);
            }
            s.addAttribute(TextAttribute.FONT, own ? latin : cjk, start, end);
            start = end;
        }
        return s;
    }
}
