package dev.longshot.world.camera;

import java.util.List;

/**
 * The things a line names, as targets a camera may frame beside its creatures
 * ({@link ThingTargets}).
 *
 * @param targets one per named thing that stands in the place, in the line's order
 * @param lead    true when the line's camera is aimed at a thing: it comes before the
 *                creatures the line names
 */
public record ThingSights(List<CameraTarget> targets, boolean lead) {
    /** No thing named. */
    public static final ThingSights NONE = new ThingSights(List.of(), false);

    public ThingSights {
        targets = List.copyOf(targets);
    }

    public boolean isEmpty() {
        return targets.isEmpty();
    }
}
