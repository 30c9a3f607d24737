package dev.longshot.world.creature;

import dev.longshot.world.Terrain;

/**
 * Where a kind of subject lives, and what that means on a given terrain: walkers keep to
 * ground no deeper under water than their legs wade and not too steep to walk, swimmers to
 * water deep enough to hide them, flyers to the air above the ground and the water.
 */
public enum Habitat {
    LAND, WATER, AIR;

    /** Swimmers need at least this much water under their centre, metres. */
    private static final double SWIM_DEPTH = 1.0;
    /** Walkers keep off ground steeper than this (the up part of the ground's normal). */
    private static final double STEEPEST = 0.75;

    /** True when a subject of this habitat may be at (x, z) of {@code terrain}. */
    public boolean allows(Terrain terrain, double x, double z, double wadeDepth) {
        double ground = terrain.heightAt(x, z);
        double half = terrain.extent() * 0.45;
        if (StrictMath.abs(x) > half || StrictMath.abs(z) > half) return false;
        return switch (this) {
            case LAND -> ground > terrain.waterLevel() - wadeDepth
                    && terrain.normalAt(x, z).y() > STEEPEST;
            case WATER -> ground < terrain.waterLevel() - SWIM_DEPTH;
            case AIR -> true;
        };
    }

    /** True for subjects whose feet stay on the ground. */
    public boolean groundBound() {
        return this == LAND;
    }
}
