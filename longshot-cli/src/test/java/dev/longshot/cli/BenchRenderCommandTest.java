package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchRenderCommandTest {
    @Test
    void printsRenderAndEndToEndFpsForEverySize() {
        Cli r = Cli.run("bench-render", "--seconds", "1", "--sizes", "128x72,160x90");
        assertEquals(0, r.exit(), r.err());
        for (String size : new String[] {"128x72", "160x90"}) {
            Matcher m = Pattern.compile(size + "\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)")
                    .matcher(r.out());
            assertTrue(m.find(), r.out());
            assertTrue(Double.parseDouble(m.group(1)) > 0, r.out());
            assertTrue(Double.parseDouble(m.group(2)) > 0, r.out());
        }
    }

    @Test
    void refusesASizeTooSmallForTheWatermark() {
        Cli r = Cli.run("bench-render", "--sizes", "64x36");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("too small"), r.err());
    }

    @Test
    void refusesAMalformedSize() {
        Cli r = Cli.run("bench-render", "--sizes", "1280by720");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("WIDTHxHEIGHT"), r.err());
    }
}
