package dev.longshot.world;

import dev.longshot.plan.ScenePlan;
import dev.longshot.world.camera.Camera;
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
 * @param change   a dissolve or morph under way, or {@link SceneChange#NONE}
 * @param worldSeconds the world's clock: it runs slower than {@code time} in slow motion and
 *                 faster in a time-lapse; what moves in the world (creatures, rain, traffic)
 *                 moves by it
 */
public record FrameSpec(
        Timecode time, ScenePlan plan, Terrain terrain, Camera camera, Lighting lighting,
        boolean cut, List<SubjectPose> subjects, SceneChange change, double worldSeconds) {

    public FrameSpec {
        subjects = List.copyOf(subjects);
        java.util.Objects.requireNonNull(change, "change");
        if (!Double.isFinite(worldSeconds)) {
            throw new IllegalArgumentException("world clock " + worldSeconds);
        }
    }

    /** A frame whose world clock is the video's. */
    public FrameSpec(Timecode time, ScenePlan plan, Terrain terrain, Camera camera,
                     Lighting lighting, boolean cut, List<SubjectPose> subjects,
                     SceneChange change) {
        this(time, plan, terrain, camera, lighting, cut, subjects, change, time.seconds());
    }

    /** A frame with no change of scene under way. */
    public FrameSpec(Timecode time, ScenePlan plan, Terrain terrain, Camera camera,
                     Lighting lighting, boolean cut, List<SubjectPose> subjects) {
        this(time, plan, terrain, camera, lighting, cut, subjects, SceneChange.NONE);
    }

    /** True when the picture may change here by request: a cut, a dissolve or a morph. */
    public boolean askedChange() {
        return cut || change.active();
    }

    /** A frame with no subjects. */
    public FrameSpec(Timecode time, ScenePlan plan, Terrain terrain, Camera camera,
                     Lighting lighting, boolean cut) {
        this(time, plan, terrain, camera, lighting, cut, List.of());
    }
}
