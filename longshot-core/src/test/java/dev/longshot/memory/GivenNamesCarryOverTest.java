package dev.longshot.memory;

import static dev.longshot.memory.PlannedKeys.last;
import static dev.longshot.memory.PlannedKeys.subject;
import static dev.longshot.memory.PlannedKeys.subjectIds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.plan.PlanKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name the story gave a creature means that creature on later lines, not a person. */
class GivenNamesCarryOverTest {
    @Test
    void nameGivenToAFoxIsTheFoxLater() {
        PlanKeys k = last("At the edge of a deep green forest there lived a little fox called Pip.",
                "Every evening Pip sat on a mossy rock and watched the sun go down.");
        assertEquals(List.of("fox"), subjectIds(k));
        assertEquals("watch", subject(k, "fox").action(), "what Pip does, the fox does");
    }

    @Test
    void aNameNeverGivenToACreatureIsStillAPerson() {
        PlanKeys k = last("A little fox sleeps at the edge of the forest.",
                "Every evening Tom sat on a mossy rock and watched the sun go down.");
        assertEquals(List.of("fox", "person"), subjectIds(k));
    }
}
