/**
 * The living subjects of a scene: creatures spawned where their habitat allows
 * ({@code Spawner}, {@code Habitat}), moving in herds ({@code Herd}) by their body's
 * locomotion and steering ({@code Locomotion}, {@code Steering}) around the scenery's
 * obstacles ({@code ObstacleField}, {@code Surroundings}); {@code Creatures} steps them all.
 */
package dev.longshot.world.creature;
