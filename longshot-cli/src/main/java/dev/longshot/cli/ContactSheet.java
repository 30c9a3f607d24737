package dev.longshot.cli;

import dev.longshot.media.provenance.LabelMode;
import dev.longshot.media.provenance.VisibleLabel;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid of still frames, one per storyboard line, each with its timecode and text under it,
 * and the "AI生成 · AI-generated" label in a footer (the same mask the videos carry), because
 * a still from longshot says what it is just as its videos do.
 */
final class ContactSheet {
    private static final Color BACKGROUND = new Color(0x16181C);
    private static final Color TIMECODE = new Color(0xF2C46D);
    private static final Color TEXT = new Color(0xE8EAEE);
    private static final int GAP = 8;

    /** One cell: the frame's pixels (cellWidth × cellHeight, 0xRRGGBB) and its caption. */
    record Cell(int[] rgb, String timecode, String text) {}

    private final int cellWidth;
    private final int cellHeight;
    private final int columns;
    private final List<Cell> cells = new ArrayList<>();

    ContactSheet(int cellWidth, int cellHeight, int columns) {
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        this.columns = columns;
    }

    void add(Cell cell) {
        cells.add(cell);
    }

    /** Lays the cells out and stamps the label; the image is TYPE_INT_RGB. */
    BufferedImage render() {
        int cols = Math.max(1, Math.min(columns, cells.size()));
        int rows = (cells.size() + cols - 1) / cols;
        CaptionText captions = new CaptionText(Math.max(10, cellHeight / 13));
        Font font = captions.latin();
        int lineHeight = font.getSize() + font.getSize() / 3;
        int caption = 2 * lineHeight + GAP / 2;
        int width = GAP + cols * (cellWidth + GAP);
        int grid = GAP + rows * (cellHeight + caption + GAP);
        int height = grid + footer(grid);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            FontMetrics metrics = g.getFontMetrics();
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                int x = GAP + (i % cols) * (cellWidth + GAP);
                int y = GAP + (i / cols) * (cellHeight + caption + GAP);
                img.setRGB(x, y, cellWidth, cellHeight, c.rgb(), 0, cellWidth);
                int base = y + cellHeight + metrics.getAscent() + 2;
                g.setColor(TIMECODE);
                g.drawString(c.timecode(), x, base);
                g.setColor(TEXT);
                captions.draw(g, captions.fit(g, c.text(), cellWidth), x, base + lineHeight);
            }
        } finally {
            g.dispose();
        }
        int[] rgb = img.getRGB(0, 0, width, height, null, 0, width);
        new VisibleLabel(LabelMode.CORNER, width, height, 1).stamp(rgb, 0);
        img.setRGB(0, 0, width, height, rgb, 0, width);
        return img;
    }

    // Footer tall enough that the corner label (4% of the sheet's height) sits below the grid.
    private static int footer(int grid) {
        int f = 16;
        while (true) {
            int h = grid + f;
            int text = Math.max(10, h * 4 / 100);
            int box = text + 2 * Math.max(2, text / 5) + Math.max(2, h / 50);
            if (f >= box + 2) return f;
            f = box + 2;
        }
    }
}
