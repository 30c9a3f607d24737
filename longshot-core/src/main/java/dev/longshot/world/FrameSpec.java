package dev.longshot.world;

import dev.longshot.plan.ScenePlan;
import java.util.List;

/**
 * Everything the frame generator needs for one frame; produced by the world simulator.
 *
 * @param time     the frame's timecode
 * @param plan     the scene plan of the frame's second
 * @param terrain  the ground of the current scene
 * @param camera   the camera for this frame
 * @param lighting light and atmosphere for this frame
 * @param cut      true on the first frame of a scene: motion may jump here
 * @param subjects the creatures and people in the scene, in a stable order
 */
public record FrameSpec(
        Timecode time, ScenePlan plan, Terrain terrain, Camera camera, Lighting lighting,
        boolean cut, List<SubjectPose> subjects) {

    public FrameSpec {
        subjects = List.copyOf(subjects);
    }

    /** A frame with no subjects. */
    public FrameSpec(Timecode time, ScenePlan plan, Terrain terrain, Camera camera,
                     Lighting lighting, boolean cut) {
        this(time, plan, terrain, camera, lighting, cut, List.of());
    }
}
