package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void versionNamesLongshot() {
        Cli r = Cli.run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("longshot "), r.out());
    }

    @Test
    void helpListsTheCommands() {
        Cli r = Cli.run("--help");
        assertEquals(0, r.exit());
        for (String command : new String[] {"generate", "plan", "bench"}) {
            assertTrue(r.out().contains(command), r.out());
        }
    }

    @Test
    void unknownCommandIsBadInput() {
        Cli r = Cli.run("explode");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("explode"), r.err());
    }
}
