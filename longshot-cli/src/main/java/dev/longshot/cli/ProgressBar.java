package dev.longshot.cli;

import dev.longshot.director.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Frames done, fps and ETA on stderr. On a terminal it redraws one line; otherwise (logs, CI)
 * it prints a line every 10% so logs stay short. The launcher tells us which via
 * {@code -Dlongshot.tty=1}.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 28;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final String label;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;
    private int lastDecile = -1;

    ProgressBar(PrintStream out, String label) {
        this(out, label, "1".equals(System.getProperty("longshot.tty")));
    }

    ProgressBar(PrintStream out, String label, boolean terminal) {
        this.out = out;
        this.label = label;
        this.terminal = terminal;
    }

    @Override
    public void onFrames(long done, long total) {
        long now = System.nanoTime();
        boolean last = done >= total;
        if (terminal) {
            if (!last && now - lastDrawNanos < REDRAW_NANOS) return;
            lastDrawNanos = now;
            out.print("\r" + line(done, total, now) + (last ? "\n" : ""));
        } else {
            int decile = (int) (done * 10 / Math.max(1, total));
            if (decile == lastDecile) return;
            lastDecile = decile;
            out.println(line(done, total, now));
        }
        out.flush();
    }

    String line(long done, long total, long now) {
        double seconds = (now - startNanos) / 1e9;
        double fps = seconds > 0 ? done / seconds : 0;
        int filled = (int) (WIDTH * done / Math.max(1, total));
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        String eta = fps > 0 ? clock((total - done) / fps) : "--:--";
        return String.format(Locale.ROOT, "%s [%s] %d/%d frames %5.1f fps ETA %s  ",
                label, bar, done, total, fps, eta);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }
}
