package dev.longshot.media.provenance;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;

/**
 * Stamps the visible "AI生成 · AI-generated" label. The glyphs come from a mask rendered once
 * from Noto Sans CJK (OFL, see {@code longshot-media/tools/MakeLabelMask.java}), scaled once
 * per frame size with integer box filtering and blended with integer arithmetic, so the label
 * is bit-identical on every machine whatever fonts it has.
 *
 * <p>Sizes follow China's labelling rule for video (text at least 5% of the shorter side on
 * the opening slate): the slate's text is 8% of the frame height on a darkened band; the corner
 * label's is 4% (at least 10 pixels) on a translucent box.
 */
public final class VisibleLabel {
    static final String MASK = "label-ai-generated.png";
    /** How long the slate stays, seconds. */
    public static final int SLATE_SECONDS = 2;

    private static final Mask SOURCE = load();

    private final LabelMode mode;
    private final int width;
    private final int height;
    private final int fps;
    private final Placed slate;
    private final Placed corner;

    /** A scaled mask (coverage 0 … 256 per pixel) placed at (x, y) inside a box. */
    private record Placed(int x, int y, Mask text, int boxX, int boxY, int boxW, int boxH,
            int boxAlpha) {}

    private record Mask(int width, int height, int[] alpha) {}

    public VisibleLabel(LabelMode mode, int width, int height, int fps) {
        this.mode = mode;
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.slate = place(Math.max(8, height * 8 / 100), true);
        this.corner = place(Math.max(10, height * 4 / 100), false);
    }

    public LabelMode mode() {
        return mode;
    }

    /** Stamps the label due at {@code frameIndex} into {@code rgb} in place. */
    public void stamp(int[] rgb, long frameIndex) {
        boolean slateTime = frameIndex < (long) SLATE_SECONDS * fps;
        switch (mode) {
            case NONE -> { }
            case CORNER -> draw(rgb, corner);
            case SLATE -> {
                if (slateTime) draw(rgb, slate);
            }
            case BOTH -> draw(rgb, slateTime ? slate : corner);
        }
    }

    private Placed place(int textHeight, boolean isSlate) {
        int textWidth = (int) Math.max(1, (long) SOURCE.width() * textHeight / SOURCE.height());
        if (textWidth > width * 9 / 10) { // narrow frames: shrink to fit
            textWidth = Math.max(1, width * 9 / 10);
            textHeight = (int) Math.max(1, (long) SOURCE.height() * textWidth / SOURCE.width());
        }
        Mask text = scale(SOURCE, textWidth, textHeight);
        if (isSlate) {
            int bandH = Math.min(height, textHeight * 2);
            int bandY = (height - bandH) / 2;
            return new Placed((width - textWidth) / 2, bandY + (bandH - textHeight) / 2, text,
                    0, bandY, width, bandH, 150);
        }
        int pad = Math.max(2, textHeight / 5);
        int margin = Math.max(2, height / 50);
        int boxW = Math.min(width, textWidth + 2 * pad);
        int boxH = Math.min(height, textHeight + 2 * pad);
        int boxX = width - boxW - margin;
        int boxY = height - boxH - margin;
        return new Placed(boxX + pad, boxY + pad, text, Math.max(0, boxX), Math.max(0, boxY),
                boxW, boxH, 110);
    }

    /** Darkens the box, then blends white text by its coverage (85% opaque). */
    private void draw(int[] rgb, Placed p) {
        int keep = 256 - p.boxAlpha();
        for (int y = p.boxY(); y < Math.min(height, p.boxY() + p.boxH()); y++) {
            for (int x = p.boxX(); x < Math.min(width, p.boxX() + p.boxW()); x++) {
                int c = rgb[y * width + x];
                rgb[y * width + x] = ((c >>> 16 & 0xFF) * keep >> 8) << 16
                        | ((c >>> 8 & 0xFF) * keep >> 8) << 8 | ((c & 0xFF) * keep >> 8);
            }
        }
        Mask t = p.text();
        for (int j = 0; j < t.height(); j++) {
            int y = p.y() + j;
            if (y < 0 || y >= height) continue;
            for (int i = 0; i < t.width(); i++) {
                int x = p.x() + i;
                int a = t.alpha()[j * t.width() + i] * 218 >> 8; // 85% opaque
                if (x < 0 || x >= width || a == 0) continue;
                int c = rgb[y * width + x];
                int r = ((c >>> 16 & 0xFF) * (256 - a) + 255 * a) >> 8;
                int g = ((c >>> 8 & 0xFF) * (256 - a) + 255 * a) >> 8;
                int b = ((c & 0xFF) * (256 - a) + 255 * a) >> 8;
                rgb[y * width + x] = r << 16 | g << 8 | b;
            }
        }
    }

    /** Box-filters the mask to {@code (w, h)}: each output pixel averages its source area. */
    private static Mask scale(Mask src, int w, int h) {
        int[] out = new int[w * h];
        for (int j = 0; j < h; j++) {
            int y0 = j * src.height() / h;
            int y1 = Math.max(y0 + 1, (j + 1) * src.height() / h);
            for (int i = 0; i < w; i++) {
                int x0 = i * src.width() / w;
                int x1 = Math.max(x0 + 1, (i + 1) * src.width() / w);
                int sum = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) sum += src.alpha()[y * src.width() + x];
                }
                out[j * w + i] = sum / ((y1 - y0) * (x1 - x0));
            }
        }
        return new Mask(w, h, out);
    }

    private static Mask load() {
        try (InputStream in = VisibleLabel.class.getResourceAsStream(MASK)) {
            if (in == null) throw new IllegalStateException("label mask " + MASK + " missing");
            BufferedImage img = ImageIO.read(in);
            Raster r = img.getRaster();
            int[] alpha = new int[img.getWidth() * img.getHeight()];
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int v = r.getSample(x, y, 0);
                    alpha[y * img.getWidth() + x] = v + (v >> 7); // 0 … 255 → 0 … 256
                }
            }
            return new Mask(img.getWidth(), img.getHeight(), alpha);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read label mask " + MASK, e);
        }
    }
}
