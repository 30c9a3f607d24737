package dev.longshot.render;

import dev.longshot.world.Vec3;

/**
 * One tracking marker standing in the world: a disc of black and white quarters, fixed where
 * it was placed for as long as its place lasts.
 *
 * @param id       stable name: {@code ground:<i>:<k>} for the ground lattice cell (i, k),
 *                 {@code house:<prop>:<side>} for a side of a house
 * @param centre   centre of the disc, world metres
 * @param normal   unit normal of the disc's face
 * @param diameter metres
 */
public record VfxMarker(String id, Vec3 centre, Vec3 normal, double diameter) {}
