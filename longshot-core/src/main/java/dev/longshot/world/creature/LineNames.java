package dev.longshot.world.creature;

import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.SubjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which subjects a line names, told from its plan and the line before's, never from its
 * text: the memory carries a line's old subjects over in their order and puts the ones the
 * line names after them, with the words and action the line gave them. So a subject is named
 * when it is new, when its words, count or action changed, or when it left the old order
 * (named again, it moved to the end). The least that explains the list counts: of two that
 * swapped places, the one that left its place; a subject that kept its place is named when
 * the line says its words again ({@link dev.longshot.plan.LineNames#names(ScenePlan,
 * SubjectRef)}, the rule {@code longshot shown} counts by); the planner's own {@code named}
 * and the camera's target cover the rest ({@link Cast#of}).
 *
 * @param subjects the plan's subjects on the line these names are of
 * @param named    ids that line names
 */
public record LineNames(List<SubjectRef> subjects, Set<String> named) {
    /** Before the first line. */
    public static final LineNames NONE = new LineNames(List.of(), Set.of());

    public LineNames {
        subjects = List.copyOf(subjects);
        named = java.util.Collections.unmodifiableSet(new TreeSet<>(named));
    }

    /** The names of the line {@code plan} starts, after the line of {@code before}. */
    public static LineNames next(LineNames before, ScenePlan plan) {
        List<SubjectRef> now = plan.keys().subjects();
        // A plan made without a catalog has no refs of its own: its planner's names are all.
        if (Cast.fromVocabulary(plan)) return new LineNames(now, Set.of());
        List<SubjectRef> carried = new ArrayList<>();
        for (SubjectRef b : before.subjects) {
            if (now.stream().anyMatch(s -> s.id().equals(b.id()))) carried.add(b);
        }
        Set<String> named = new TreeSet<>();
        int j = 0;
        for (SubjectRef s : now) {
            // Old ones skipped here were named again: they moved to the end.
            while (j < carried.size() && !carried.get(j).id().equals(s.id())) {
                named.add(carried.get(j).id());
                j++;
            }
            if (j == carried.size()) {
                named.add(s.id());
                continue;
            }
            SubjectRef was = carried.get(j++);
            if (!was.equals(s)) named.add(s.id());
        }
        // One carried over in its place is named when the line says its words again.
        for (SubjectRef s : now) {
            if (dev.longshot.plan.LineNames.names(plan, s)) named.add(s.id());
        }
        return new LineNames(now, named);
    }
}
