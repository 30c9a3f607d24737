package dev.longshot.world.scenery;

import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.ThingRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Which things a line names, told from its plan and the line before's, never from its text
 * (as {@link dev.longshot.world.creature.LineNames} tells its subjects): the camera's target
 * when it is a thing, then each thing that is new on the line or that the line names in other
 * words, in the plan's order. Things the plan only implies (no words said) and those that are
 * no single object (a road, a state of the ground, lit windows) are never named.
 *
 * @param things the plan's things on the line these names are of
 * @param named  ids that line names, the camera's target first
 */
public record LineThings(List<ThingRef> things, List<String> named) {
    /** Before the first line. */
    public static final LineThings NONE = new LineThings(List.of(), List.of());

    public LineThings {
        things = List.copyOf(things);
        named = List.copyOf(named);
    }

    /** The names of the line {@code plan} starts, after the line of {@code before}. */
    public static LineThings next(LineThings before, ScenePlan plan) {
        List<ThingRef> now = plan.keys().things();
        List<String> named = new ArrayList<>();
        String target = plan.keys().camera().target();
        if (target != null && framable(target)
                && now.stream().anyMatch(t -> t.id().equals(target))) {
            named.add(target);
        }
        for (ThingRef t : now) {
            if (t.said().isBlank() || !framable(t.id()) || named.contains(t.id())) continue;
            if (!before.things.contains(t)) named.add(t.id());
        }
        return new LineThings(now, named);
    }

    /** Whether {@code id} is one thing (or a kind of them) a camera can frame. */
    public static boolean framable(String id) {
        return switch (Things.recipe(id).family()) {
            case "vehicle", "structure", "tree", "plant", "rock", "water-feature" ->
                    !id.equals("road");
            case "light" -> !id.equals("window-light");
            default -> false;
        };
    }
}
