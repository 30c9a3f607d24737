package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.memory.Planner;
import dev.longshot.plan.ScenePlan;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShownSecondTest {
    private static ScenePlan plan(String line) {
        List<StoryLine> story = List.of(new StoryLine(1, 0, 1, line));
        return Planner.standard(new Storyboard("shown", story, "")).planAll().get(0);
    }

    @Test
    void theSubjectWhoseEyesAPointOfViewShotSeesThroughIsNotExpectedOnScreen() {
        ScenePlan pov = plan("A man walks through the village; point of view shot");
        assertEquals("pov", pov.keys().camera().move());
        assertEquals(List.of(), ShownSecond.named(pov, ShownSecond.asked(pov.keys())));
    }

    @Test
    void theSameSubjectSeenFromOutsideIsExpected() {
        ScenePlan seen = plan("A man walks through the village");
        assertEquals(List.of("person"), ShownSecond.named(seen, ShownSecond.asked(seen.keys())));
    }
}
