import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Makes the visible label's glyph mask, once, so the label looks the same on every machine
 * without fonts at run time. Run from the repository root (needs fonts-noto-cjk):
 *
 * <pre>java -Djava.awt.headless=true longshot-media/tools/MakeLabelMask.java \
 *     longshot-media/src/main/resources/dev/longshot/media/provenance/label-ai-generated.png</pre>
 *
 * Font: Noto Sans CJK SC Bold (Adobe/Google), SIL Open Font License 1.1 — rendered glyph
 * images may be embedded in any product. Output: 8-bit grey PNG, white = text coverage.
 */
public class MakeLabelMask {
    static final String TEXT = "AI生成 · AI-generated";
    static final int HEIGHT = 64;

    public static void main(String[] args) throws Exception {
        Font font = new Font("Noto Sans CJK SC", Font.BOLD, 48);
        if (!font.getFamily().startsWith("Noto Sans CJK")) {
            throw new IllegalStateException("Noto Sans CJK SC missing: apt-get install fonts-noto-cjk");
        }
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        FontMetrics m = probe.createGraphics().getFontMetrics(font);
        int width = m.stringWidth(TEXT) + 8;
        BufferedImage img = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
                RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setFont(font);
        g.setColor(java.awt.Color.WHITE);
        int baseline = (HEIGHT - (m.getAscent() + m.getDescent())) / 2 + m.getAscent();
        g.drawString(TEXT, 4, baseline);
        g.dispose();
        ImageIO.write(img, "png", new File(args[0]));
        System.out.println("wrote " + args[0] + " " + width + "x" + HEIGHT);
    }
}
