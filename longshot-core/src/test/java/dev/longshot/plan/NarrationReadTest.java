package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A road trip's narrating "we" who pull out, park or pull over only travel, and "us" looked
 * at or told is where the camera stands: neither puts people on screen. A "we" who does
 * something there still does.
 */
class NarrationReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static List<String> subjects(String line) {
        return READER.reading(line).subjects().stream().map(SubjectRef::id).sorted().toList();
    }

    @Test
    void narratorWhoPullsOutOrParksOnlyTravels() {
        assertEquals(List.of(), subjects("We pulled out of the harbour town after breakfast."));
        assertEquals(List.of(), subjects("We parked at a viewpoint above the beach."));
        assertEquals(List.of(), subjects("We pulled over at a tiny village with a pier."));
        assertEquals(List.of("person"), subjects("We watched the sun go down from the pier."));
    }

    @Test
    void usLookedAtOrToldIsTheCameraNotPeopleOnScreen() {
        assertEquals(List.of("deer"), subjects("The deer stared at us, then bounded off."));
        assertEquals(List.of("person"), subjects(
                "An old man on a bench told us the water was warm."));
    }
}
