package dev.longshot.world.camera;

import dev.longshot.plan.CameraSpec;
import dev.longshot.plan.SubjectRef;
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

    /**
     * Whether a line's camera is bound to a creature so that the things it names are only
     * where it happens: a track, orbit or point of view of it, or a medium shot or closer
     * ("Tracking shot: she hurries past the shops" took turns with the shops, the woman lost
     * half the line; "Close-up on the lioness by the acacia" is the lioness).
     */
    public static boolean yieldTo(CameraSpec camera, List<SubjectRef> subjects) {
        String target = camera.target();
        if (target == null || subjects.stream().noneMatch(s -> s.id().equals(target))) {
            return false;
        }
        return switch (camera.move()) {
            case "track", "orbit", "pov" -> true;
            default -> Framing.closeUp(camera.shot());
        };
    }
}
