package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Creatures and places a line names as not here now (denied, gone by, only possible, told
 * of) put nothing on screen, while the rest of the line still does.
 */
class NotHereNowReadTest {
    private static final StoryReader READER = StoryReader.bundled();


    @Test
    void creatureDeniedByAPronounBackIsNotOnScreen() {
        assertEquals(List.of(), SubjectIds.of(
                "Our guidebook promised dolphins in the bay but we saw no sign of them."));
        assertEquals(List.of(), SubjectIds.of(
                "Somewhere upriver, a wolf howls, and another answers, but they do not show"
                        + " themselves."));
        assertEquals(List.of("dolphin"), SubjectIds.of("Dolphins play in the bay."));
    }

    @Test
    void creatureThatUsedToBeHereIsNotOnScreen() {
        assertEquals(List.of(), SubjectIds.of(
                "Puffins used to nest on these cliffs, the sign said, but they are long gone."));
        assertTrue(READER.reading("Puffins used to nest on these cliffs.").notShown().stream()
                .anyMatch(n -> n.why().equals("not here now")));
    }

    @Test
    void whatWasLeftBehindLastNightShowsOnlyWhoFindsIt() {
        assertEquals(List.of("crow"), SubjectIds.of(
                "Ravens gather on the gravel bar to pick over what the bears left behind last"
                        + " night."));
    }

    @Test
    void placeOnlyPossibleMovesNoScene() {
        LineReading r = READER.reading("But this year there is no sign of the bears; the berries"
                + " failed, and they may have moved to the coast.");
        assertNull(r.setting());
        assertTrue(r.subjects().isEmpty());
    }

    @Test
    void taleToldIsNotTheScene() {
        LineReading r = READER.reading("The owl told them about a star that fell into the sea.");
        assertEquals(List.of("owl"), r.subjects().stream().map(SubjectRef::id).toList());
        assertNull(r.setting());
        assertEquals("none", r.water() == null ? "none" : r.water());
    }
}
