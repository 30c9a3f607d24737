package dev.longshot.memory;

import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.StoryReader;
import dev.longshot.plan.SubjectRef;
import dev.longshot.plan.ThingRef;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import java.util.ArrayList;
import java.util.List;

/** The plan/2 keys of a few storyboard lines, one second each, with the standard planner. */
final class PlannedKeys {
    private PlannedKeys() {}

    static List<PlanKeys> plan(String... lines) {
        List<StoryLine> story = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) story.add(new StoryLine(i + 1, i, 1, lines[i]));
        List<PlanKeys> keys = new ArrayList<>();
        for (ScenePlan p : new Planner(new Storyboard("t", story, ""), StoryReader.bundled(),
                new CarryOverMemory()).planAll()) {
            keys.add(p.keys());
        }
        return keys;
    }

    /** The last line's keys. */
    static PlanKeys last(String... lines) {
        List<PlanKeys> k = plan(lines);
        return k.get(k.size() - 1);
    }

    static List<String> subjectIds(PlanKeys k) {
        return k.subjects().stream().map(SubjectRef::id).sorted().toList();
    }

    static List<String> thingIds(PlanKeys k) {
        return k.things().stream().map(ThingRef::id).sorted().toList();
    }

    static SubjectRef subject(PlanKeys k, String id) {
        return k.subjects().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + k.subjects()));
    }
}
