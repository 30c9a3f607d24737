package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private static final long SECOND = 1_000_000_000L;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong(5 * SECOND);

    private ProgressBar bar(boolean terminal) {
        return new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "v.mp4",
                terminal, now::get);
    }

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aLogGetsALineEveryMinuteEvenInsideATenth() {
        ProgressBar p = bar(false);
        p.onFrames(0, 86_400); // drawing starts
        now.addAndGet(SECOND);
        p.onFrames(24, 86_400);
        assertEquals(0, lines().size(), "nothing worth a line yet: " + lines());
        for (int minute = 1; minute <= 3; minute++) {
            now.addAndGet(60 * SECOND);
            p.onFrames(24 + minute * 1440L, 86_400);
        }
        assertEquals(3, lines().size(), "one line a minute: " + lines());
        assertTrue(lines().get(2).contains("4344/86400 frames  24.0 fps ETA 56:59"),
                lines().get(2));
    }

    @Test
    void theClockStartsWhenDrawingStartsNotBefore() {
        ProgressBar p = bar(false);
        now.addAndGet(300 * SECOND); // the pass without pixels to a resumed run's start
        p.onFrames(0, 2400);
        now.addAndGet(10 * SECOND);
        p.onFrames(240, 2400);
        assertEquals(List.of("v.mp4 [##..........................] 240/2400 frames  24.0 fps"
                + " ETA 01:30  "), lines());
    }

    @Test
    void aTerminalRedrawsOneLineAndEndsIt() {
        ProgressBar p = bar(true);
        p.onFrames(0, 48);
        now.addAndGet(SECOND);
        p.onFrames(24, 48);
        now.addAndGet(SECOND);
        p.onFrames(48, 48);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(3, out.split("\r", -1).length - 1, out);
        assertTrue(out.endsWith("48/48 frames  24.0 fps ETA 00:00  \n"), out);
    }
}
