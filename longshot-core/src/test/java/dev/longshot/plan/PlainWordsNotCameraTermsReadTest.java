package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Words that spell a camera term but, by their form or place, are plain words of the scene:
 * gear people carry, cooking pans, a creature overhead.
 */
class PlainWordsNotCameraTermsReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void tripodsPeopleSetUpAreNoCameraSupport() {
        CameraSpec c = READER.reading("They set up their tripods on the viewing platform.")
                .camera();
        assertNull(c.support());
        assertEquals("tripod", READER.reading("On a tripod, wide shot of the pass.").camera()
                .support(), "the singular on a camera line is the support");
    }

    @Test
    void pansOfFoodAreNoPan() {
        assertEquals("static", READER.reading("Stalls everywhere, paella in massive pans.")
                .camera().move());
        assertEquals("pan", READER.reading("The camera pans across the stalls.").camera()
                .move());
    }

    @Test
    void overheadBeforeACreatureIsWhereItFliesNotAnAngle() {
        assertNull(READER.reading("Overhead a bald eagle circles.").camera().angle());
        assertEquals("top-down", READER.reading("Overhead: the herd crosses the river.")
                .camera().angle());
    }

    @Test
    void battlementsTheShotIsTakenFromAndAColumnThatRidesAreNotInShot() {
        LineReading r = READER.reading(
                "Wide shot from the battlements: the column rides over the bridge.");
        assertEquals(java.util.List.of("bridge"), r.things().stream().map(ThingRef::id).toList());
        assertEquals("ride", r.pronounAction());
    }
}
