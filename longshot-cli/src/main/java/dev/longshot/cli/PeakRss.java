package dev.longshot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak resident memory (VmHWM) of a running process, read from /proc on Linux. */
final class PeakRss {
    private PeakRss() {}

    /** VmHWM of {@code pid} in KiB, or -1 once the process is gone. */
    static long kib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Waits for {@code process} to end, polling its high-water mark; returns the last seen. */
    static long watch(Process process) throws InterruptedException {
        long peak = -1;
        while (process.isAlive()) {
            long now = kib(process.pid());
            if (now > peak) peak = now;
            Thread.sleep(20);
        }
        return peak;
    }
}
