package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Words inside a longer name or a state: the plane of a plane tree, staying awake, sunning. */
class NamesOfKindsAndStatesReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void planeTreesAreNoPlanes() {
        LineReading r = READER.reading("St James's Park. Green, quiet, huge plane trees.");
        assertTrue(r.things().stream().noneMatch(t -> t.id().equals("plane")),
                r.things().toString());
        assertTrue(READER.reading("A row of pine trees.").things().stream()
                .anyMatch(t -> t.id().equals("pine")), "a plant before trees names the kind");
    }

    @Test
    void onlyTheOneStayingAwakeSendsNoOneAway() {
        assertFalse(READER.reading("One by one they fall asleep. Only the sentry stays awake.")
                .only());
        assertTrue(READER.reading("Only the giraffes remain.").only());
    }

    @Test
    void pelicansSunningThemselvesBringNoWeather() {
        assertNull(READER.reading("Pelicans sunning on the rocks.").weather());
    }
}
