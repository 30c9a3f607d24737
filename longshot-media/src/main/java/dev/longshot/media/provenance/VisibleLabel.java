package dev.longshot.media.provenance;

import dev.longshot.director.VideoFormat;
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
 *
 * <p>In a 360° frame a corner is behind and below the viewer, so there the corner label sits
 * straight ahead, 36° below the horizon, where a headset shows it when the
 * viewer looks ahead; a stereo frame gets it in both eyes at the same place (no disparity:
 * it reads as far away, never in the viewer's face).
 */
public final class VisibleLabel {
    static final String MASK = "label-ai-generated.png";
    /** How long the slate stays, seconds. */
    public static final int SLATE_SECONDS = 2;

    private static final Mask SOURCE = load();

    private final LabelMode mode;
    private final int width;
    /** Height of one view: the frame, or one eye of a top-bottom stereo frame. */
    private final int height;
    private final int views;
    private final boolean spherical;
    private final int fps;
    private final Placed slate;
    private final Placed corner;

    /** A scaled mask (coverage 0 … 256 per pixel) placed at (x, y) inside a box. */
    private record Placed(int x, int y, Mask text, int boxX, int boxY, int boxW, int boxH,
            int boxAlpha) {}

    private record Mask(int width, int height, int[] alpha) {}

    /** The label of an ordinary (flat, mono) frame. */
    public VisibleLabel(LabelMode mode, int width, int height, int fps) {
        this(mode, width, height, fps, false, false);
    }

    /** The label of a frame of {@code format}: flat, 360°, or 360° top-bottom stereo. */
    public static VisibleLabel of(LabelMode mode, VideoFormat format) {
        return new VisibleLabel(mode, format.width(), format.height(), format.fps(),
                format.spherical(), format.stereo());
    }

    private VisibleLabel(LabelMode mode, int width, int height, int fps, boolean spherical,
            boolean stereo) {
        this.mode = mode;
        this.width = width;
        this.views = stereo ? 2 : 1;
        this.height = height / views;
        this.spherical = spherical;
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
            case CORNER -> drawViews(rgb, corner);
            case SLATE -> {
                if (slateTime) drawViews(rgb, slate);
            }
            case BOTH -> drawViews(rgb, slateTime ? slate : corner);
        }
    }

    private void drawViews(int[] rgb, Placed p) {
        for (int v = 0; v < views; v++) draw(rgb, p, v * height * width);
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
        int boxX = spherical ? (width - boxW) / 2 : width - boxW - margin;
        int boxY = spherical ? height * 7 / 10 : height - boxH - margin;
        return new Placed(boxX + pad, boxY + pad, text, Math.max(0, boxX), Math.max(0, boxY),
                boxW, boxH, 110);
    }

    /** Darkens the box, then blends white text by its coverage (85% opaque). */
    private void draw(int[] rgb, Placed p, int offset) {
        int keep = 256 - p.boxAlpha();
        for (int y = p.boxY(); y < Math.min(height, p.boxY() + p.boxH()); y++) {
            for (int x = p.boxX(); x < Math.min(width, p.boxX() + p.boxW()); x++) {
                int c = rgb[offset + y * width + x];
                rgb[offset + y * width + x] = ((c >>> 16 & 0xFF) * keep >> 8) << 16
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
                int c = rgb[offset + y * width + x];
                int r = ((c >>> 16 & 0xFF) * (256 - a) + 255 * a) >> 8;
                int g = ((c >>> 8 & 0xFF) * (256 - a) + 255 * a) >> 8;
                int b = ((c & 0xFF) * (256 - a) + 255 * a) >> 8;
                rgb[offset + y * width + x] = r << 16 | g << 8 | b;
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
