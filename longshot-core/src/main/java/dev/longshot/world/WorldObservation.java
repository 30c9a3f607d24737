package dev.longshot.world;

import java.util.List;

/**
 * What the world shows the validators about the frame it just stepped, beyond the
 * {@link FrameSpec}: subjects, solid obstacles, materials and the clock. Immutable.
 *
 * @param hour      hour of day that lit the frame, or NaN if the world keeps no clock
 * @param entities  moving subjects (empty until the world has subjects)
 * @param obstacles solids near the subjects (trunks, rocks, buildings)
 * @param materials the scene's materials
 */
public record WorldObservation(double hour, List<EntityState> entities,
        List<Obstacle> obstacles, List<MaterialParams> materials) {
    public static final WorldObservation NONE =
            new WorldObservation(Double.NaN, List.of(), List.of(), List.of());

    public WorldObservation {
        entities = List.copyOf(entities);
        obstacles = List.copyOf(obstacles);
        materials = List.copyOf(materials);
    }
}
