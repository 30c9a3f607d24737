package dev.longshot.cli;

import dev.longshot.media.metrics.Spectrogram;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * Draws a spectrogram with a logarithmic frequency axis (40 Hz – 20 kHz, where hearing
 * spreads it) and power from −100 dB (black) to 0 dB (pale yellow), time left to right.
 */
final class SpectrogramPlot {
    private static final int PLOT_HEIGHT = 300;
    private static final int LEFT = 60;
    private static final int TOP = 34;
    private static final int BOTTOM = 30;
    private static final double LO_HZ = 40;
    private static final double HI_HZ = 20_000;
    private static final double FLOOR_DB = -100;

    private SpectrogramPlot() {}

    static BufferedImage draw(Spectrogram s, String title) {
        List<double[]> frames = s.frames();
        int columns = StrictMath.max(1, StrictMath.min(frames.size(), 1200));
        int width = LEFT + columns + 20;
        int height = TOP + PLOT_HEIGHT + BOTTOM;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < columns && !frames.isEmpty(); x++) {
            double[] f = frames.get((int) ((long) x * frames.size() / columns));
            for (int y = 0; y < PLOT_HEIGHT; y++) {
                double hz = LO_HZ * StrictMath.pow(HI_HZ / LO_HZ, 1 - (y + 0.5) / PLOT_HEIGHT);
                int bin = (int) StrictMath.min(f.length - 1, StrictMath.round(hz / s.binHz()));
                img.setRGB(LEFT + x, TOP + y, colour((f[bin] - FLOOR_DB) / -FLOOR_DB));
            }
        }
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, TOP);
            g.fillRect(0, 0, LEFT, height);
            g.fillRect(0, TOP + PLOT_HEIGHT, width, BOTTOM);
            g.fillRect(LEFT + columns, 0, 20, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            g.drawString(title, LEFT, 20);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            for (double hz : new double[] {50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000}) {
                int y = TOP + (int) StrictMath.round(PLOT_HEIGHT
                        * (1 - StrictMath.log(hz / LO_HZ) / StrictMath.log(HI_HZ / LO_HZ)));
                g.drawLine(LEFT - 4, y, LEFT, y);
                String label = hz >= 1000 ? String.format(Locale.ROOT, "%.0fk", hz / 1000)
                        : String.format(Locale.ROOT, "%.0f", hz);
                g.drawString(label, LEFT - 34, y + 4);
            }
            double seconds = frames.size() * s.frameSeconds();
            int step = seconds > 60 ? 10 : seconds > 20 ? 5 : 1;
            for (int t = 0; t <= seconds; t += step) {
                int x = LEFT + (int) StrictMath.round(t / seconds * columns);
                g.drawLine(x, TOP + PLOT_HEIGHT, x, TOP + PLOT_HEIGHT + 4);
                g.drawString(t + " s", x - 6, TOP + PLOT_HEIGHT + 16);
            }
            g.drawString("Hz", 8, TOP + 10);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Black → purple → orange → pale yellow over {@code 0 … 1}. */
    private static int colour(double v) {
        double x = StrictMath.max(0, StrictMath.min(1, v));
        double r = StrictMath.min(1, x * 1.6);
        double gr = StrictMath.max(0, StrictMath.min(1, (x - 0.45) * 1.8));
        double b = x < 0.5 ? x * 1.2 : StrictMath.max(0, 0.6 - (x - 0.5) * 1.2) + (x > 0.9 ? (x - 0.9) * 6 : 0);
        return ((int) (r * 255) << 16) | ((int) (gr * 255) << 8) | (int) (StrictMath.min(1, b) * 255);
    }
}
