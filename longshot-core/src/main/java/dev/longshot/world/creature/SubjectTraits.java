package dev.longshot.world.creature;

import dev.longshot.plan.Subject;

/**
 * How a kind of subject lives and moves: group size, body, habitat and the limits of its
 * motion. One row per vocabulary subject; the creature simulation reads nothing else about
 * a type.
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

    /** The traits of {@code type}. */
    public static SubjectTraits of(Subject type) {
        return switch (type) {
            case DEER -> land(4, 7, 0.55, 1.1, 6.5, 1.5, 1.6, 18, 35);
            case HORSE -> land(1, 4, 0.75, 1.4, 7.5, 1.8, 2.0, 20, 40);
            case WOLF -> land(3, 5, 0.45, 1.5, 8.0, 1.3, 1.4, 18, 35);
            case BEAR -> land(1, 1, 0.8, 0.9, 4.5, 1.4, 1.0, 18, 30);
            case SHEEP -> land(8, 15, 0.42, 0.6, 2.5, 0.9, 1.0, 16, 30);
            case PERSON -> land(1, 2, 0.3, 1.3, 3.5, 1.4, 0.9, 12, 20);
            case CROWD -> land(20, 40, 0.3, 1.0, 2.5, 1.3, 0.7, 18, 28);
            case SOLDIER -> land(8, 16, 0.32, 1.3, 3.0, 1.5, 0.9, 20, 32);
            case BIRD -> new SubjectTraits(10, 20, 0.25, 8, 12, 8, 0.28, Habitat.AIR, 1.4, 30,
                    50, 0);
            case EAGLE -> new SubjectTraits(1, 1, 0.9, 10, 16, 6, 3.5, Habitat.AIR, 3, 45, 60,
                    0);
            case FISH -> new SubjectTraits(6, 10, 0.18, 0.9, 3, 3, 0.6, Habitat.WATER, 0.7, 12,
                    40, 0);
        };
    }

    private static SubjectTraits land(int min, int max, double radius, double walk, double run,
            double stride, double spacing, double near, double far) {
        return new SubjectTraits(min, max, radius, walk, run, 6, stride, Habitat.LAND, spacing,
                near, far, 0.25);
    }
}
