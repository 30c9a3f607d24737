package dev.longshot.world;

import dev.longshot.plan.Transition;

/**
 * A change of scene the storyboard asked to be gradual, under way in this frame: how far it
 * is and, for a dissolve, the old scene's frame that the new one fades in over. Validators
 * take a frame with a change under way as an asked change, not a violation.
 *
 * @param kind     {@code cut} when no change is under way
 * @param progress 0 … 1 through the change
 * @param from     the old scene's frame for a dissolve, else null
 */
public record SceneChange(Transition kind, double progress, FrameSpec from) {
    public static final SceneChange NONE = new SceneChange(Transition.CUT, 1, null);

    public boolean active() {
        return kind != Transition.CUT;
    }
}
