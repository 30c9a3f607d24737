package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.SceneLexicon;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Subject;
import dev.longshot.story.StoryboardParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planner hands the world what each line names, so the world never reads the text. */
class PlannerTest {
    private static List<ScenePlan> plans(MemoryCore memory, String storyboard) {
        return new Planner(StoryboardParser.parse("test.txt",
                storyboard.getBytes(StandardCharsets.UTF_8)), SceneLexicon.bundled(), memory)
                .planAll();
    }

    @Test
    void planNamesOnlyTheSubjectsOfItsOwnLine() {
        for (MemoryCore memory : List.of(new CarryOverMemory(), StMfaMemory.bundled())) {
            List<ScenePlan> p = plans(memory,
                    "A forest at dawn, deer drink at the stream\nAn eagle circles above\n"
                            + "The camera tracks slowly\n");
            String name = memory.getClass().getSimpleName();
            assertEquals(Set.of(Subject.DEER), p.get(0).named(), name);
            assertEquals(Set.of(Subject.EAGLE), p.get(1).named(), name);
            assertTrue(p.get(1).subjects().contains(Subject.DEER), name + ": deer carry over");
            assertEquals(Set.of(), p.get(2).named(), name + ": a line naming no one");
        }
    }
}
