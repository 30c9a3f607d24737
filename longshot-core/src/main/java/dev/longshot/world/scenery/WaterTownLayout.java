package dev.longshot.world.scenery;

import dev.longshot.catalog.CatalogRecipe;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import java.util.List;

/**
 * A water town ({@link WaterTown}) along its canal: on each bank a row of two-storey houses
 * fronting the water across a lane, a second row behind a back lane, alleys between; an
 * arched bridge across the canal ahead of the camera; lanterns under the eaves and stalls
 * along the lanes; boats on the canal in the view. Houses stand clear of the water and of the
 * bridge's landings. The houses a line names (房子, 茶馆) are the front row's, those in view.
 */
final class WaterTownLayout {
    /** How far ahead of the spawn point (north) the bridge crosses, metres. */
    static final double BRIDGE_AHEAD = 48;
    /** Its deck's width, and what the houses leave open round its landings, metres. */
    private static final double BRIDGE_WIDTH = 4.5, LANDING = 6;
    /** Width of the lane behind the front row, metres. */
    private static final double BACK_LANE = 3.5;
    /** The stretch of canal the town lines, south and north of the spawn point, metres. */
    private static final double SOUTH = 160, NORTH = 420;
    /** Front-row houses this far ahead of the camera are the shops a line names, metres. */
    private static final double SHOPS_NEAR = 12, SHOPS_FAR = 110;
    /** The first spot along the lanes is this far north of the camera, metres. */
    private static final double LANESIDE_AHEAD = 10;
    /** The nearest boat's loop begins this far north of the camera, metres. */
    private static final double BOAT_NEAR = 12;

    private WaterTownLayout() {}

    /** The houses of both banks, in two rows; the named ones labelled as asked. */
    static void build(Placement at) {
        Terrain t = at.terrain();
        List<String> asked = t.request().things();
        at.lineTheStreet(true);
        for (int side = -1; side <= 1; side += 2) {
            row(at, side, 0, asked);
            row(at, side, 1, asked);
        }
        at.lineTheStreet(false);
        VillageLayout.farmhouses(at);
    }

    /**
     * One row of houses along a bank ({@code side}: −1 west, +1 east), {@code rank} 0 facing
     * the water, 1 behind the back lane; each house's long side along the bank.
     */
    private static void row(Placement at, int side, int rank, List<String> asked) {
        Terrain t = at.terrain();
        double spawnZ = at.spawn().z(), bridgeZ = spawnZ - BRIDGE_AHEAD;
        double edge = t.channelHalfWidth() + WaterTown.LANE;
        long seed = t.seed() ^ 0xCA7A1L ^ (side * 31L + rank);
        int k = 0;
        for (double z = spawnZ + SOUTH; z > spawnZ - NORTH; k++) {
            long h = Placement.hash(seed, k, rank);
            double w = 8 + 3 * Placement.unit(Placement.hash(h, 1, 0));     // along the bank
            double d = 6 + 1.5 * Placement.unit(Placement.hash(h, 2, 0));   // across it
            double walls = (rank == 0 ? 5 : 4) + 1.5 * Placement.unit(Placement.hash(h, 3, 0));
            double gap = 1.2 + 2 * Placement.unit(Placement.hash(h, 4, 0)); // an alley
            double hz = z - w / 2;
            z -= w + gap;
            if (StrictMath.abs(hz - bridgeZ) < w / 2 + BRIDGE_WIDTH / 2 + LANDING) continue;
            double off = edge + d / 2 + rank * (d + BACK_LANE);
            double x = t.channelCentre(hz) + side * off;
            // Yaw 90 fronts the west (−x), −90 the east: each faces the canal.
            double yaw = side > 0 ? 90 : -90;
            String thing = rank == 0 ? named(at, side, hz, h, asked) : "";
            // Footprints are circles: the row is placed with one as wide as its depth, so
            // neighbours along the bank may stand an alley apart.
            Prop p = new Prop(PropKind.HOUSE, at.props().size(), x, 0, hz, yaw, w, d,
                    walls + 0.5 * d, h, Placement.unit(Placement.hash(h, 7, 0)), thing,
                    at.style());
            at.placeRow(p, d / 2 + 0.5);
        }
    }

    /**
     * What a front-row house at {@code z} on {@code side} is as a line names it: a shop, a
     * house, or "". The shops are the far bank's, west: the camera starts on the east lane and
     * sees their fronts across the water (along its own row the houses hide each other).
     */
    private static String named(Placement at, int side, double z, long h, List<String> asked) {
        double ahead = at.spawn().z() - z;
        boolean inView = ahead > SHOPS_NEAR && ahead < SHOPS_FAR;
        if (inView && side < 0 && asked.contains("shopfront")
                && Placement.unit(Placement.hash(h, 8, 0)) < 0.6) {
            return "shopfront";
        }
        return inView && asked.contains("house") ? "house" : "";
    }

    /** Whether the layout builds {@code id} itself (houses and shops are its rows). */
    static boolean builds(String id) {
        return id.equals("house") || id.equals("shopfront");
    }

    /** An arched bridge across the canal {@link #BRIDGE_AHEAD} metres north of the camera. */
    static void bridge(Placement at, CatalogRecipe r, long h) {
        Terrain t = at.terrain();
        double z = at.spawn().z() - BRIDGE_AHEAD;
        double c = t.channelCentre(z);
        double half = t.channelHalfWidth();
        while (half < 3 * t.channelHalfWidth() && t.heightAt(c + half, z) < t.waterLevel() + 0.5
                && t.heightAt(c - half, z) < t.waterLevel() + 0.5) {
            half += 0.5;
        }
        double span = 2 * half + 6;
        at.placeAt(PropKind.SPAN, "bridge", at.style(), c, t.waterLevel(), z, 90, BRIDGE_WIDTH,
                span, StrictMath.max(3, span * 0.2), h);
    }

    /**
     * The {@code k}-th spot along the lanes, alternate banks, {@code step} metres apart north
     * from the camera, {@code fromFronts} metres out from the house fronts: where lanterns
     * hang under the eaves and stalls stand.
     */
    static Vec3 laneside(Terrain t, Vec3 spawn, int k, double step, double fromFronts) {
        // From a little ahead of the camera: the nearest, the one a line frames, stands where
        // the view of it from the lane has the canal beside it.
        double z = spawn.z() - LANESIDE_AHEAD - k * step;
        int side = k % 2 == 0 ? 1 : -1;
        double x = t.channelCentre(z)
                + side * (t.channelHalfWidth() + WaterTown.LANE - fromFronts);
        return new Vec3(x, t.heightAt(x, z), z);
    }

    /**
     * Middle and heading {x, z, yaw} of the {@code i}-th boat's loop of half-length
     * {@code radius}: along the canal's middle, the nearest wet stretch north of the camera
     * that no boat before it sails ({@code placed} of them, loops in order), or null.
     */
    static double[] boatLoop(Placement at, double radius, int placed) {
        Terrain t = at.terrain();
        double z = at.spawn().z() - BOAT_NEAR - radius;
        int found = 0;
        for (int k = 0; k < 60; k++, z -= 2) {
            double x = t.channelCentre(z);
            if (!Roads.wetLoop(at, x, z, 0, radius)) continue;
            if (found++ == placed) return new double[] {x, z, 0};
            z -= 2 * radius + 4;     // the next loop clear of this one
        }
        return null;
    }
}
