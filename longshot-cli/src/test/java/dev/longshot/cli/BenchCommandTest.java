package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchCommandTest {
    @Test
    void theMemoryRunsGetTheHeapAskedFor() {
        // 8 MiB cannot hold the catalog: the short run must run out, which it would not with
        // the heap this test runs in
        Cli r = Cli.run("bench", "--skip-throughput", "--memory-size", "128x72", "--short", "1",
                "--long", "2", "--heap", "8m");
        assertEquals(ExitCode.INTERNAL, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("heap 8m"), r.out());
        assertTrue(r.err().contains("run of 1 s failed (exit " + ExitCode.INTERNAL + ")"),
                r.err());
    }

    @Test
    void refusesAHeapThatIsNotASize() {
        Cli r = Cli.run("bench", "--skip-throughput", "--heap", "lots");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("--heap lots"), r.err());
    }
}
