package dev.longshot.world.creature;

/**
 * How a species lives and moves: group size, body, habitat and the limits of its motion,
 * read from its catalog recipe ({@link SpeciesReader}); with its {@link Behaviour} the
 * creature simulation reads nothing else about a species.
 *
 * @param minGroup     fewest individuals of a group
 * @param maxGroup     most individuals
 * @param radius       collision radius, metres (a sphere one radius above the feet)
 * @param walk         usual speed, m/s (cruise for flyers and swimmers)
 * @param run          top speed, m/s
 * @param accel        acceleration limit, m/s²
 * @param stride       metres per gait cycle at walking speed (flyers: seconds per wing beat
 *                     cycle instead)
 * @param habitat      land, water or air
 * @param spacing      preferred gap between neighbours, metres
 * @param spawnNear    nearest spawn distance ahead of the camera, metres
 * @param spawnFar     farthest
 * @param wadeDepth    water a walker may stand in, metres
 */
public record SubjectTraits(int minGroup, int maxGroup, double radius, double walk, double run,
        double accel, double stride, Habitat habitat, double spacing, double spawnNear,
        double spawnFar, double wadeDepth) {
}
