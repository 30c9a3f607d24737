package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whoever boards a boat rides it: "We climb into a long wooden boat", 我们上了船. */
class BoardingReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void narratorWhoBoardsABoatRidesIt() {
        for (String line : new String[] {"We climb into a long wooden boat.", "We board the ferry.",
                "我们上了船。", "We walk down to the jetty and climb into a long wooden boat."}) {
            LineReading r = READER.reading(line);
            SubjectRef we = r.subjects().stream().filter(s -> s.id().equals("person")).findFirst()
                    .orElseThrow(() -> new AssertionError(line + " " + r.subjects()));
            assertEquals("ride", we.action(), line);
            assertTrue(r.things().stream().anyMatch(t -> t.id().equals("boat") || t.id().equals("ship")),
                    line + " " + r.things());
        }
    }

    @Test
    void narratorWhoClimbsNoVehicleOnlyTravels() {
        LineReading r = READER.reading("We climb to the top of the hill.");
        assertTrue(r.subjects().stream().noneMatch(s -> "ride".equals(s.action())), r.subjects().toString());
    }
}
