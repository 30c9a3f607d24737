package dev.longshot.world.creature;

import dev.longshot.world.EntityState;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Vec3;

/**
 * One individual of the creature simulation at one frame. Immutable: a step makes a new one.
 *
 * @param id        stable while its type stays in the plan, e.g. {@code deer#2}
 * @param type      what species it is
 * @param position  feet of a walker, centre of a flyer or swimmer, metres
 * @param velocity  m/s, as integrated (a walker's vertical part follows the ground)
 * @param yawDeg    heading, degrees (0 north, 90 east)
 * @param gaitPhase 0 … 1 through the current gait cycle
 * @param size      body scale (1 = the type's usual size)
 * @param slot      index in its group (rank and file of a formation)
 * @param noise     the individual's own seed for its wandering
 */
public record Creature(String id, Species type, Vec3 position, Vec3 velocity, double yawDeg,
        double gaitPhase, double size, int slot, long noise) {

    /** This creature as a {@code t} (the same one in another coat). */
    Creature as(Species t) {
        return new Creature(id, t, position, velocity, yawDeg, gaitPhase, size, slot, noise);
    }

    /** Collision radius, metres. */
    public double radius() {
        return type.traits().radius() * size;
    }

    /** Horizontal speed, m/s. */
    public double groundSpeed() {
        return StrictMath.sqrt(velocity.x() * velocity.x() + velocity.z() * velocity.z());
    }

    /** What the renderer needs. */
    public SubjectPose pose() {
        return new SubjectPose(id, type, position, yawDeg, groundSpeed(), gaitPhase, size);
    }

    /** What the validators see. */
    public EntityState entity() {
        return new EntityState(id, position, velocity, radius(),
                type.habitat().groundBound());
    }
}
