package dev.longshot.world.scenery;

import dev.longshot.world.Terrain;
import java.util.List;

/**
 * A railway line straight across the view, east–west, ahead of the spawn point: laid where a
 * train is named (its rails are its way, not the street) or a bridge is named with no water
 * to cross. In the open its rails run level on a low embankment, and where the ground falls
 * away under that level, on spans over piers; in a built-up place, and as the bridge asked
 * for, the whole line is a viaduct over the street, high enough to pass under. In a city it
 * runs above a cross street, between the towers. Its stretches are props: {@link
 * PropKind#RAIL} on the ground, a solid {@code bridge} structure for each span.
 */
final class Railway {
    /** Metres a train runs along its line before it comes round again. */
    static final double LOOP = 360;
    /** Length of one stretch of track or span between piers, metres. */
    static final double STRETCH = 18;
    /** Rail top over the street of a raised line, metres. */
    static final double RISE = 8;
    /** Rail top over the ground of an embankment, metres. */
    static final double BED = 0.6;
    /** Width of a viaduct's deck and of a track's bed, metres. */
    static final double DECK_WIDTH = 7, BED_WIDTH = 4;
    /** Ground further than this below the rails: a span on piers, not an embankment. */
    private static final double HIGH = 2.5;
    /** Distances ahead of the spawn point tried for an open line, nearest first, metres. */
    private static final double[] AHEAD = {80, 65, 100, 120, 140};
    /**
     * The same for a line through a station: near enough that its platforms, its building
     * and a train standing at them read in a wide frame and through fog.
     */
    private static final double[] STATION_AHEAD = {36, 44, 52, 64, 80};
    /** How far either side of the view's middle the line's level is taken from, metres. */
    private static final double SEEN = 80;
    /** Intervals the seen part of the line is sampled in. */
    private static final int SAMPLES = 26;

    /**
     * A laid line: its middle (where a train's loop is centred) and the height of its rail
     * tops, which are level along it.
     *
     * @param bridge whether the line stands for a bridge that was asked for
     */
    record Line(double x, double z, double level, boolean raised, boolean bridge) {}

    /** A station's name in the catalog: platforms and a station house beside the line. */
    static final String STATION = "station";

    private Railway() {}

    /**
     * Whether the scenery of {@code at} needs its line laid before its setting's layout (the
     * houses of a town give way to it) rather than after (a city's towers stand on blocks
     * clear of the cross street it runs above).
     */
    static boolean first(Placement at) {
        return !onCityGrid(at);
    }

    /** Lays the line {@code things} need in {@code at}, if any, and records it there. */
    static void lay(Placement at, List<String> things) {
        boolean train = things.stream().anyMatch(id -> Things.route(id).equals("rail"));
        boolean bridge = things.contains("bridge") && !at.waterTown() && dry(at);
        // A station is where its line is, so it lays one even with no train named yet.
        boolean station = things.contains(STATION) && !onCityGrid(at);
        if (!train && !bridge && !station) return;
        Terrain t = at.terrain();
        // A town's line runs over its streets on a viaduct, but not through its station:
        // there the tracks lie on the ground between the platforms.
        boolean raised = bridge || builtUp(t) && !station;
        double z = onCityGrid(at) ? crossStreet(at) : openZ(at, station ? STATION_AHEAD : AHEAD);
        double x = at.spawn().x();
        double top = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= SAMPLES; k++) {
            top = StrictMath.max(top, t.heightAt(x + along(k), z));
        }
        double level = top + (raised ? RISE : BED);
        Line line = new Line(x, z, level, raised, bridge);
        long h = Placement.hash(t.seed() ^ 0x4A11L, 0, 0);
        // The road passes under a raised line midway between two piers, never through one:
        // a modern span's pier stands at its middle, an older one's at its end.
        String style = at.style();
        boolean pierInMiddle = style == null || style.isEmpty() || style.equals("modern");
        double x0 = Roads.roadX(t, at.spawn(), z) + (pierInMiddle ? STRETCH / 2 : 0);
        int half = (int) StrictMath.ceil((LOOP / 2 + 40) / STRETCH) + 1;
        for (int k = -half; k <= half; k++) {
            stretch(at, line, x0 + k * STRETCH, Placement.hash(h, k + half, 1));
        }
        if (station && !raised) StationLayout.build(at, line, Placement.hash(h, 0, 2));
        at.railway(line);
    }

    /** One stretch of the line about {@code cx}: track on its bed, or a span on its piers. */
    private static void stretch(Placement at, Line line, double cx, long v) {
        Terrain t = at.terrain();
        double low = StrictMath.min(t.heightAt(cx, line.z()),
                StrictMath.min(t.heightAt(cx - STRETCH / 2, line.z()),
                        t.heightAt(cx + STRETCH / 2, line.z())));
        boolean span = line.raised() || line.level() - low > HIGH
                || low < t.waterLevel() + 0.3;
        if (span) {
            // Its foot on the lowest ground under it, its height up to the rail tops.
            at.claim(PropKind.STRUCTURE, "bridge", cx, low, line.z(), 90, DECK_WIDTH, STRETCH,
                    line.level() - low, v);
        } else {
            // At the rail tops, its height the depth of the bed below them.
            at.claim(PropKind.RAIL, "", cx, line.level(), line.z(), 90, BED_WIDTH, STRETCH,
                    line.level() - low, v);
        }
    }

    /** The {@code k}-th of the points the seen part of the line is sampled at, off its middle. */
    private static double along(int k) {
        return -SEEN + 2 * SEEN * k / SAMPLES;
    }

    /** Whether nothing wet lies north of the spawn point for a bridge to cross. */
    private static boolean dry(Placement at) {
        return Roads.crossing(at.terrain(), at.spawn().x() + 14, at.spawn().z(), 400) == null;
    }

    private static boolean builtUp(Terrain t) {
        String s = t.request().setting();
        return s.equals("city") || s.equals("town");
    }

    /** Whether the place is laid out on the {@link CityGrid} (a modern city's towers). */
    private static boolean onCityGrid(Placement at) {
        String style = at.terrain().request().style();
        return at.terrain().request().setting().equals("city")
                && (style == null || style.equals("modern"));
    }

    /** The nearest cross street at least 50 m ahead of the spawn point. */
    private static double crossStreet(Placement at) {
        return CityGrid.PITCH * StrictMath.floor((at.spawn().z() - 50) / CityGrid.PITCH);
    }

    /** The nearest distance ahead where the seen part of the line is on dry ground. */
    private static double openZ(Placement at, double[] tried) {
        Terrain t = at.terrain();
        double x = at.spawn().x();
        for (double ahead : tried) {
            double z = at.spawn().z() - ahead;
            boolean wet = false;
            for (int k = 0; k <= SAMPLES && !wet; k++) {
                wet = t.heightAt(x + along(k), z) < t.waterLevel() + 0.5;
            }
            if (!wet) return z;
        }
        return at.spawn().z() - tried[0];
    }
}
