package dev.longshot.world.scenery;

import dev.longshot.plan.LineNames;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.ThingRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Which things a line names: the camera's target when it is a thing, then, in the plan's
 * order, each thing whose words ({@link ThingRef#said}) are in the line's own text. That is
 * the rule {@code longshot shown} judges a line by; a thing carried over from a line before
 * keeps its words, so it counts only when the line says them again. Things the plan only
 * implies (no words) and those that are no single object (a road, a state of the ground, lit
 * windows) are never named.
 *
 * @param named ids the line names, the camera's target first
 */
public record LineThings(List<String> named) {
    /** Before the first line. */
    public static final LineThings NONE = new LineThings(List.of());

    public LineThings {
        named = List.copyOf(named);
    }

    /** The things the line of {@code plan} names. */
    public static LineThings of(ScenePlan plan) {
        List<String> named = new ArrayList<>();
        String target = plan.keys().camera().target();
        List<ThingRef> now = plan.keys().things();
        if (target != null && framable(target)
                && now.stream().anyMatch(t -> t.id().equals(target))) {
            named.add(target);
        }
        for (ThingRef t : now) {
            if (!framable(t.id()) || named.contains(t.id())) continue;
            if (LineNames.names(plan, t)) named.add(t.id());
        }
        return new LineThings(named);
    }

    /** Whether {@code id} is one thing (or a kind of them) a camera can frame. */
    public static boolean framable(String id) {
        return switch (Things.recipe(id).family()) {
            case "vehicle", "structure", "station", "tree", "plant", "rock", "water-feature" ->
                    !id.equals("road");
            case "light" -> !id.equals("window-light");
            default -> false;
        };
    }
}
