package dev.longshot.world.scenery;

import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;

/**
 * A chinese-classical town on running water is a water town (水乡): a stone-banked canal runs
 * north through it, lanes along both banks, houses fronting the water, arched bridges across.
 * The terrain shapes its canal by these figures ({@code Terrain}), the layout builds on them
 * ({@link WaterTownLayout}); a stream and a river give the same canal, so a storyboard that
 * says "小河" on one line and "河" on the next stays in one town.
 */
public final class WaterTown {
    /** Half the canal's bed, metres: with its banks the water is about 20 m across. */
    public static final double CANAL_HALF_WIDTH = 8;
    /** The bank's run from the bed's edge to the lane, metres: an embanked, steep shore. */
    public static final double BANK = 6;
    /** The camera's spawn point stands this far beyond the bed's edge: on the lane. */
    public static final double SPAWN_ON_LANE = 4.5;
    /** From the bed's edge to the house fronts, metres: the bank and its lane. */
    static final double LANE = 6.5;
    /** The lane begins this far beyond the bed's edge: clear of the water and the steep bank. */
    private static final double LANE_FROM = 2.2;
    /** How far from the bed's edge the town's paving reaches: both rows and their lanes. */
    static final double TOWN_DEPTH = 32;

    private WaterTown() {}

    /**
     * Whether (x, z) of {@code t} lies on a lane along the canal: between the water's edge
     * and the house fronts, where a water town's people walk and sit.
     */
    public static boolean onLane(Terrain t, double x, double z) {
        double fromBed = StrictMath.abs(x - t.channelCentre(z)) - t.channelHalfWidth();
        return fromBed > LANE_FROM && fromBed < LANE - 0.4;
    }

    /** The x of the middle of the lane on the side of the canal (x, z) is on. */
    public static double laneX(Terrain t, double x, double z) {
        double c = t.channelCentre(z);
        double fromCentre = t.channelHalfWidth() + (LANE_FROM + LANE - 0.4) / 2;
        return x < c ? c - fromCentre : c + fromCentre;
    }

    /** Whether {@code request} on {@code water} is built as a water town. */
    public static boolean is(SceneryRequest request, Water water) {
        return (water == Water.STREAM || water == Water.RIVER)
                && "town".equals(request.setting())
                && "chinese-classical".equals(request.style());
    }
}
