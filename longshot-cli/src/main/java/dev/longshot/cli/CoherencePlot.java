package dev.longshot.cli;

import dev.longshot.media.metrics.CoherenceReport;
import dev.longshot.media.metrics.MinuteCoherence;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Draws a coherence report as three panels over minutes — frame-to-frame change (steady pairs
 * and cuts), flicker score, mean brightness — so a flat line reads as "no drift" at a glance.
 */
final class CoherencePlot {
    private static final int WIDTH = 960;
    private static final int PANEL = 200;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int GAP = 40;

    private CoherencePlot() {}

    static BufferedImage draw(CoherenceReport r, String title) {
        int height = TOP + 3 * (PANEL + GAP);
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(title, LEFT, 22);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            List<MinuteCoherence> m = r.minutes();
            panel(g, m, 0, "luma change per frame (0-255)", 0, ceiling(m),
                    new Series(MinuteCoherence::meanSteadyChange, new Color(30, 90, 200), "steady"),
                    new Series(MinuteCoherence::meanCutChange, new Color(200, 60, 40), "cuts"));
            panel(g, m, 1, r.staticKnown() ? "flicker score, static shots (1 = none)"
                    : "flicker score, all non-cut pairs (1 = none)", 0.9, 1.0,
                    new Series(MinuteCoherence::flicker, new Color(40, 150, 70), "flicker"));
            panel(g, m, 2, String.format(Locale.ROOT,
                    "mean luma (drift start→end %+.1f, colour %.1f)",
                    r.drift().lumaChange(), r.drift().colourDistance()), 0, 255,
                    new Series(MinuteCoherence::meanLuma, new Color(120, 80, 160), "luma"));
        } finally {
            g.dispose();
        }
        return img;
    }

    private record Series(ToDoubleFunction<MinuteCoherence> value, Color colour, String name) {}

    private static double ceiling(List<MinuteCoherence> m) {
        double max = 1;
        for (MinuteCoherence c : m) {
            if (!Double.isNaN(c.meanCutChange())) max = Math.max(max, c.meanCutChange());
            if (!Double.isNaN(c.meanSteadyChange())) max = Math.max(max, c.meanSteadyChange());
        }
        return Math.ceil(max * 1.1);
    }

    private static void panel(Graphics2D g, List<MinuteCoherence> m, int row, String label,
            double lo, double hi, Series... series) {
        int top = TOP + row * (PANEL + GAP) + 20;
        int w = WIDTH - LEFT - RIGHT;
        g.setColor(Color.BLACK);
        g.drawString(label, LEFT, top - 6);
        g.setColor(new Color(235, 235, 235));
        g.fillRect(LEFT, top, w, PANEL);
        g.setColor(Color.GRAY);
        g.drawString(String.format(Locale.ROOT, "%.2f", hi), 8, top + 10);
        g.drawString(String.format(Locale.ROOT, "%.2f", lo), 8, top + PANEL);
        for (int i = 0; i < m.size(); i++) {
            if (m.size() <= 30 || i % 10 == 0) {
                g.drawString(Integer.toString(i), LEFT + x(i, m.size(), w) - 3, top + PANEL + 14);
            }
        }
        int legend = LEFT + w - 90 * series.length;
        for (Series s : series) {
            g.setColor(s.colour());
            g.setStroke(new BasicStroke(2f));
            int px = -1;
            int py = -1;
            for (int i = 0; i < m.size(); i++) {
                double v = s.value().applyAsDouble(m.get(i));
                if (Double.isNaN(v)) {
                    px = -1;
                    continue;
                }
                int x = LEFT + x(i, m.size(), w);
                int y = top + PANEL - (int) Math.round((clamp(v, lo, hi) - lo) / (hi - lo) * PANEL);
                g.fillOval(x - 3, y - 3, 6, 6);
                if (px >= 0) g.drawLine(px, py, x, y);
                px = x;
                py = y;
            }
            g.drawString(s.name(), legend, top + 14);
            legend += 90;
        }
        g.setColor(Color.GRAY);
        g.drawString("minute", LEFT + w - 40, top + PANEL + 28);
    }

    private static int x(int i, int n, int w) {
        return n <= 1 ? w / 2 : (int) Math.round(i * (w - 20.0) / (n - 1)) + 10;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
