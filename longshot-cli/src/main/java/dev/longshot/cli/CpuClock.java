package dev.longshot.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;

/**
 * CPU time spent since it was started, by the starting thread and by the whole process (JIT
 * and GC included). Benchmarks print it beside wall time: on a shared machine wall time
 * measures the neighbours, CPU time the work.
 */
public final class CpuClock {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long thread0;
    private final long process0;

    private CpuClock() {
        process0 = processNanos();
        thread0 = threads.getCurrentThreadCpuTime(); // last: the process read is not counted
    }

    /** Starts counting now, for the calling thread. */
    public static CpuClock start() {
        return new CpuClock();
    }

    /** CPU seconds the starting thread has used since; call it from that thread. */
    public double threadSeconds() {
        return (threads.getCurrentThreadCpuTime() - thread0) / 1e9;
    }

    /** CPU seconds the whole process has used since, or NaN where the JVM cannot say. */
    public double processSeconds() {
        long now = processNanos();
        return now < 0 || process0 < 0 ? Double.NaN : (now - process0) / 1e9;
    }

    private static long processNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun
                ? sun.getProcessCpuTime() : -1;
    }
}
