package dev.longshot.memory;

import static dev.longshot.memory.PlannedKeys.last;
import static dev.longshot.memory.PlannedKeys.subjectIds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.plan.PlanKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weather or a flight over a place is seen from where the story is: it moves nothing. */
class SkyOverAPlaceCarryOverTest {
    @Test
    void cloudsOverAnotherPlaceKeepTheStoryAndItsAnimals() {
        PlanKeys k = last("Hippos rest in the river on the savanna.",
                "By four the sky over the plains is the colour of a bruise.");
        assertEquals("savanna", k.setting());
        assertEquals("river", k.water());
        assertEquals(List.of("hippo"), subjectIds(k));
    }

    @Test
    void skyOverAPlaceSetsTheSceneWhenTheStoryHasNone() {
        assertEquals("canyon", last("Clouds gather over the canyon.").setting());
    }

    @Test
    void aHeadingWithNoVerbIsANewScene() {
        assertEquals("desert", last("An eagle circles high above the valley.",
                "Dusk over the desert dunes").setting());
    }

    @Test
    void pullingOverAtAPlaceGoesThere() {
        assertEquals("village", last("The coast road climbs along the sea.",
                "We pulled over at a tiny village with a pier.").setting());
    }
}
