package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English readings found on fresh narration and shot lists: compounds of two animal nouns,
 * the narrator who only looks, verbs said not to happen, sounds heard without their maker,
 * adverbs that spell things, and scene headings after a fade-in.
 */
class UnseenEnglishReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static List<String> things(String line) {
        return READER.reading(line).things().stream().map(ThingRef::id).toList();
    }

    @Test
    void fishEagleIsOneEagleAndZebraFoalOneZebra() {
        assertEquals(List.of("eagle"), SubjectIds.of("A fish eagle watches from a dead tree."));
        assertEquals(List.of("zebra"), SubjectIds.of("A zebra foal is knocked under."));
        assertEquals(List.of("eagle", "fish"), SubjectIds.of("Fish rise while an eagle waits."),
                "two animals apart are two subjects");
    }

    @Test
    void animalsLyingPackedAreNoCrowd() {
        assertEquals(List.of("hippo"), SubjectIds.of("Twenty hippos lie packed in the shallows."));
        assertEquals(List.of("crowd"), SubjectIds.of("The square is packed."));
    }

    @Test
    void narratorWhoOnlySeesIsNotOnScreen() {
        assertEquals(List.of("zebra"),
                SubjectIds.of("Then, without any signal we can see, the first zebra jumps."));
        assertEquals(List.of("person"), SubjectIds.of("We eat lunch on the rocks."),
                "a narrator who does something is on screen");
    }

    @Test
    void verbSaidNotToHappenIsNoAction() {
        assertNull(READER.reading("She hasn't slept in two days.").pronounAction());
        assertEquals("sleep", READER.reading("She sleeps in the car.").pronounAction());
    }

    @Test
    void leavingThemAloneIsNoLeaving() {
        SubjectRef s = READER.reading("The crocodiles leave them alone.").subjects().get(0);
        assertNull(s.action());
        assertEquals("leave", READER.reading("The crocodiles leave.").subjects().get(0).action());
    }

    @Test
    void shadowOrHornShowsNotItsMaker() {
        assertEquals(List.of("deer"), SubjectIds.of("The eagle's shadow slides over the deer."));
        assertTrue(things("A ship's horn sounds somewhere out in the fog.").isEmpty());
        assertEquals(List.of("ship"), things("A ship's hull looms out of the fog."));
    }

    @Test
    void callBegunOutOfSightIsOnlyHeard() {
        assertTrue(SubjectIds.of("Somewhere out there, a lion starts to roar.").isEmpty());
    }

    @Test
    void wellAfterAVerbIsHowNotAWell() {
        assertTrue(things("They have eaten well today.").isEmpty());
        assertEquals(List.of("well"), things("An old stone well stands in the square."));
    }

    @Test
    void darknessComingIsNight() {
        assertEquals("night", READER.reading("Darkness comes fast this close to the equator.")
                .timeOfDay());
    }

    @Test
    void closeOnIsACloseUp() {
        assertEquals("close-up", READER.reading("CLOSE ON her face.").camera().shot());
    }

    @Test
    void puddlesAreNoPond() {
        assertNull(READER.reading("Neon signs bleed into the puddles.").water());
    }

    @Test
    void headingAfterFadeInWithDescriptionNamesPlaceAndTime() {
        LineReading r = READER.reading(
                "FADE IN: EXT. DOCKSIDE STREET - NIGHT. Rain hammering the cobbles.");
        assertEquals("harbour", r.setting());
        assertEquals("night", r.timeOfDay());
        assertEquals("rain", r.weather());
        assertEquals("night", READER.reading("EXT. PIER 9 - NIGHT - LATER").timeOfDay());
    }
}
