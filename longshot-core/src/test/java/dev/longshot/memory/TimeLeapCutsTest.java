package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.StoryReader;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line that leaps across the day in the same place ("at dusk" after a morning) is a cut; a
 * change of one step ("night falls" at dusk) plays in the shot.
 */
class TimeLeapCutsTest {
    private static List<ScenePlan> plans(String... lines) {
        List<StoryLine> story = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) story.add(new StoryLine(i + 1, i, 1, lines[i]));
        return new Planner(new Storyboard("t", story, ""), StoryReader.bundled(),
                new CarryOverMemory()).planAll();
    }

    @Test
    void leapFromMorningToDuskInTheSamePlaceIsACut() {
        List<ScenePlan> p = plans("晨光中的森林,鹿群在溪边饮水",
                "A fox runs across the meadow at dusk");
        assertEquals(p.get(0).keys().setting(), p.get(1).keys().setting(), "the same place");
        assertTrue(p.get(1).startsScene(p.get(0)), "morning to dusk is cut, not travelled");
    }

    @Test
    void nightFallingAtDuskPlaysInTheShot() {
        List<ScenePlan> p = plans("Dusk in the forest, deer graze.", "Night falls.");
        assertEquals("night", p.get(1).keys().timeOfDay());
        assertFalse(p.get(1).startsScene(p.get(0)), "one step of the day is shown happening");
    }

    @Test
    void stepsOfTheDayWrapRoundAtNight() {
        assertFalse(KeyState.timeJump("night", "dawn"));
        assertTrue(KeyState.timeJump("night", "morning"));
        assertFalse(KeyState.timeJump(null, "dusk"));
    }
}
