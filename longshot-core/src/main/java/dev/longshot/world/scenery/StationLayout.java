package dev.longshot.world.scenery;

/**
 * A railway station on a line laid at ground level ({@link Railway}): a platform along the
 * near side of the track, where passengers wait in view of the camera, and one along the
 * far side with the station house standing on it, so the track and a train at the platform
 * lie between the camera and the house and hide neither. Each is a {@code station}
 * structure: a platform is one lower than a storey, the house one taller.
 */
final class StationLayout {
    /** Length of a platform along the line, metres: about one train. */
    static final double PLATFORM_LENGTH = 60;
    /** How many props a platform is made of. */
    private static final int PIECES = 4;
    /** Width of a platform across the line, metres. */
    static final double PLATFORM_WIDTH = 5;
    /** Platform top over the rail tops, metres. */
    static final double PLATFORM_RISE = 0.35;
    /** Gap between a platform's edge and the middle of the track, metres. */
    private static final double EDGE = 1.9;
    /** The station house: along the line, across it and to its eaves' ridge, metres. */
    static final double HOUSE_LENGTH = 16, HOUSE_DEPTH = 7, HOUSE_HEIGHT = 7.5;
    /** How far along the line from the view's middle the house stands, metres. */
    private static final double HOUSE_ASIDE = 9;

    private StationLayout() {}

    /** Lays the platforms and the station house of {@code line} in {@code at}. */
    static void build(Placement at, Railway.Line line, long h) {
        double top = line.level() + PLATFORM_RISE;
        double off = EDGE + PLATFORM_WIDTH / 2;
        platform(at, line, line.z() + off, top, Placement.hash(h, 1, 0));
        platform(at, line, line.z() - off, top, Placement.hash(h, 2, 0));
        // The house on the far platform, its front on the platform's back edge.
        double x = line.x() + HOUSE_ASIDE;
        double z = line.z() - off - PLATFORM_WIDTH / 2 - HOUSE_DEPTH / 2 + 1;
        double foot = at.groundUnder(x, z, HOUSE_LENGTH / 2);
        at.claim(PropKind.STRUCTURE, Railway.STATION, x, foot, z, 90, HOUSE_DEPTH,
                HOUSE_LENGTH, top - foot + HOUSE_HEIGHT, Placement.hash(h, 3, 0));
    }

    /**
     * A platform along the line centred on the view at {@code z}, its top at {@code top}, in
     * {@link #PIECES} lengths: one prop 60 m long kept a circle of its length clear, and the
     * town's houses with it.
     */
    private static void platform(Placement at, Railway.Line line, double z, double top,
                                 long v) {
        double piece = PLATFORM_LENGTH / PIECES;
        for (int k = 0; k < PIECES; k++) {
            double x = line.x() + (k + 0.5 - PIECES / 2.0) * piece;
            double foot = at.groundUnder(x, z, piece / 2);
            at.claim(PropKind.STRUCTURE, Railway.STATION, x, foot, z, 90, PLATFORM_WIDTH,
                    piece + 0.02, top - foot, Placement.hash(v, k, 0));
        }
    }
}
