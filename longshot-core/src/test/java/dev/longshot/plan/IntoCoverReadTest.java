package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Going into cover leaves the picture; settling into it or wading into water does not. */
class IntoCoverReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static String action(String line, String id) {
        return READER.reading(line).subjects().stream().filter(s -> s.id().equals(id))
                .findFirst().orElseThrow().action();
    }

    @Test
    void creatureGoingIntoCoverLeaves() {
        assertEquals("leave", action("The deer went back into the trees.", "deer"));
        assertEquals("leave", action("The rabbit hopped into its burrow.", "rabbit"));
    }

    @Test
    void settlingIntoCoverOrWadingIntoWaterIsNoLeaving() {
        assertNotEquals("leave", action("The ducks settle into the reeds for the night.",
                "duck"));
        assertNotEquals("leave", action("The bear walks into the river.", "bear"));
    }
}
