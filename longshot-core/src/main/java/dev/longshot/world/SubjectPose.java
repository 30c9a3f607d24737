package dev.longshot.world;

import dev.longshot.plan.Subject;
import dev.longshot.world.creature.Bestiary;
import dev.longshot.world.creature.Species;

/**
 * One subject of the scene at one frame, as the renderer needs it: where it is, where it
 * faces and how far through its gait it is. The world's creature simulation produces these;
 * the renderer turns them into posed meshes.
 *
 * @param id        stable across frames, e.g. {@code deer#2}
 * @param type      what species it is
 * @param position  base point (feet of a ground-bound subject, centre of a flying or
 *                  swimming one), metres
 * @param yawDeg    heading, degrees (0 north, 90 east, as the camera's)
 * @param speed     ground speed, m/s (chooses stand, walk or run, swim or glide)
 * @param gaitPhase 0 … 1 through the current walk, run, wing-beat or swim cycle
 * @param size      scale of the body (1 = the type's usual size)
 */
public record SubjectPose(String id, Species type, Vec3 position, double yawDeg, double speed,
        double gaitPhase, double size) {
    public SubjectPose {
        if (id == null || id.isEmpty()) throw new IllegalArgumentException("subject id missing");
        if (type == null) throw new IllegalArgumentException("subject type missing");
        if (!(size > 0)) throw new IllegalArgumentException("size " + size);
    }

    /** A pose of a subject of the old vocabulary. */
    public SubjectPose(String id, Subject type, Vec3 position, double yawDeg, double speed,
            double gaitPhase, double size) {
        this(id, Bestiary.of(type), position, yawDeg, speed, gaitPhase, size);
    }

    /** True when this is a {@code type}. */
    public boolean is(Subject type) {
        return this.type.id().equals(type.id());
    }

    /**
     * True when it stands with its head lowered to the grass: a grazer of its species standing
     * still, six in ten of them (by its id). The renderer bends its neck down; a camera that
     * frames its head looks there.
     */
    public boolean grazing() {
        return speed <= 0 && Boolean.TRUE.equals(type.recipe().params().get("grazes"))
                && trait(id, 2) < 0.6;
    }

    /** A stable 0 … 1 number of a subject's id and {@code k}: its colour, its antlers. */
    public static double trait(String id, int k) {
        long h = id.hashCode() * 0x9E3779B97F4A7C15L + k * 0xC2B2AE3D27D4EB4FL;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L;
        return ((h ^ (h >>> 29)) >>> 11) * 0x1.0p-53;
    }
}
