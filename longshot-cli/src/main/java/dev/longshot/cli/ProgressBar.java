package dev.longshot.cli;

import dev.longshot.director.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Frames done, fps and ETA on stderr. On a terminal it redraws one line; otherwise (logs, CI)
 * it prints a line every 10% or every minute, whichever comes first, so logs stay short and a
 * long run still shows that it moves. The launcher tells us which via {@code -Dlongshot.tty=1}.
 *
 * <p>The clock starts at the run's first report (the director reports 0 frames once it has
 * reached its first second to draw), so the time a resumed or excerpt run spends reaching its
 * start without pixels does not pull down the frame rate or push out the ETA; the total is the
 * frames this process makes, not those an earlier run made.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 28;
    private static final long REDRAW_NANOS = 250_000_000L;
    /** In a log, a line at least this often. */
    static final long LOG_LINE_NANOS = 60_000_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final String label;
    private final LongSupplier clock;
    private long startNanos = Long.MIN_VALUE; // not started
    private long lastDrawNanos;
    private int lastDecile = -1;

    ProgressBar(PrintStream out, String label) {
        this(out, label, "1".equals(System.getProperty("longshot.tty")), System::nanoTime);
    }

    ProgressBar(PrintStream out, String label, boolean terminal) {
        this(out, label, terminal, System::nanoTime);
    }

    ProgressBar(PrintStream out, String label, boolean terminal, LongSupplier clock) {
        this.out = out;
        this.label = label;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    public void onFrames(long done, long total) {
        long now = clock.getAsLong();
        if (startNanos == Long.MIN_VALUE) {
            startNanos = now;
            lastDrawNanos = now;
        }
        boolean last = done >= total;
        if (terminal) {
            if (!last && done > 0 && now - lastDrawNanos < REDRAW_NANOS) return;
            lastDrawNanos = now;
            out.print("\r" + line(done, total, now) + (last ? "\n" : ""));
        } else {
            int decile = (int) (done * 10 / Math.max(1, total));
            if (done == 0 && !last) { // the start: nothing done to tell yet
                lastDecile = decile;
                return;
            }
            if (decile == lastDecile && now - lastDrawNanos < LOG_LINE_NANOS) return;
            lastDecile = decile;
            lastDrawNanos = now;
            out.println(line(done, total, now));
        }
        out.flush();
    }

    String line(long done, long total, long now) {
        long start = startNanos == Long.MIN_VALUE ? now : startNanos;
        double seconds = (now - start) / 1e9;
        double fps = seconds > 0 ? done / seconds : 0;
        int filled = (int) (WIDTH * Math.min(done, total) / Math.max(1, total));
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
