package dev.longshot.world.scenery;

import dev.longshot.plan.Setting;
import dev.longshot.world.ValueNoise;

/**
 * The shape of the ground per setting, before water is carved: ridged mountains, a valley
 * between two slopes, a canyon of terraced walls, wind-aligned dunes, a volcanic cone with a
 * crater, coastal cliffs, flat town ground, and for the sky a floor of cloud pierced by peaks.
 * Pure functions of (noise, x, z); heights in metres.
 */
public final class Landform {
    /** Where the volcano's cone stands: north of the spawn point, in the default view. */
    public static final double CONE_X = 0, CONE_Z = -980;
    static final double CONE_HEIGHT = 330, CONE_RADIUS = 560;
    /** Radius of the crater's rim around the cone's centre, metres. */
    public static final double CRATER_RADIUS = 80;
    /** Metres the crater floor lies below the rim. */
    static final double CRATER_DEPTH = 45;
    /** Height of the canyon's rim above its floor, and of one terrace step. */
    static final double CANYON_DEPTH = 120, CANYON_STEP = 24;
    /** Height of the coast's cliffs above the beach. */
    static final double CLIFF_HEIGHT = 34;
    /** Height of the sky's cloud floor; peaks rise through it. */
    static final double CLOUD_TOP = 12;

    private Landform() {}

    /**
     * Ground height at (x, z) for setting {@code id} built on {@code setting} (its
     * {@linkplain PlaceIds#base base}), with {@code relief} the noise amplitude.
     */
    public static double height(String id, Setting setting, ValueNoise noise, double x,
            double z, double relief, double featureSize) {
        double n = noise.fractal(x / featureSize, z / featureSize, 5) * relief;
        switch (id) {
            case "savanna" -> {
                // Long low swells of open plain, a few metres from crest to hollow.
                return n * 0.45 + 4 * noise.sample(x / 700, z / 700, 21);
            }
            case "farmland" -> {
                return n * 0.2; // levelled for the plough
            }
            case "town" -> {
                return n * 0.3;
            }
            case "jungle" -> {
                return n * 0.8 + 10 * noise.sample(x / 240, z / 240, 22);
            }
            default -> { }
        }
        return switch (setting) {
            case MOUNTAINS -> n + ridges(noise, x, z) * relief * 1.6;
            case VALLEY -> n * 0.5 + relief * 1.8 * smooth((StrictMath.abs(x - meander(noise, z))
                    - 60) / 520);
            case CANYON -> canyon(noise, x, z) + n * 0.06;
            case DESERT -> dunes(noise, x, z) + n * 0.35;
            case SNOWFIELD -> noise.fractal(x / 500, z / 500, 3) * relief;
            case VOLCANO -> n * 0.35 + cone(x, z) * (1 + 0.05 * noise.sample(x / 40, z / 40, 9));
            case COAST -> n * 0.4 + CLIFF_HEIGHT * cliffness(noise, x, z);
            case CITY -> n * 0.12;
            case VILLAGE, ANCIENT_CITY -> n * 0.5;
            case SKY -> StrictMath.max(clouds(noise, x, z), peaks(noise, x, z));
            default -> n;
        };
    }

    /** Ridged noise in [0, 1]: sharp crests, broad hollows. */
    private static double ridges(ValueNoise noise, double x, double z) {
        double ridge = 1 - StrictMath.abs(noise.fractal(x / 700 + 11, z / 700 - 7, 4));
        return ridge * ridge;
    }

    /** Centre line (x) of a valley or canyon floor running north–south. */
    public static double meander(ValueNoise noise, double z) {
        return 35 * noise.sample(z / 420, 5.5, 11);
    }

    /** Terraced walls of layered rock rising from a flat floor about 140 m wide. */
    private static double canyon(ValueNoise noise, double x, double z) {
        double floor = 70 + 20 * noise.sample(z / 160, 2.5, 12);
        double d = StrictMath.abs(x - meander(noise, z)) - floor
                + 25 * noise.sample(x / 90, z / 90, 13);
        if (d <= 0) return 0;
        double steps = d / 26;                      // a riser and a tread every 26 m
        int k = (int) StrictMath.floor(steps);
        int levels = (int) (CANYON_DEPTH / CANYON_STEP);
        if (k >= levels) return CANYON_DEPTH;
        double f = steps - k;
        return CANYON_STEP * (k + smooth(f / 0.3)); // steep riser over 30 % of the step
    }

    /** Asymmetric dunes across a west–south-west wind: long windward slopes, steep lee faces. */
    private static double dunes(ValueNoise noise, double x, double z) {
        double u = (x * 0.94 + z * 0.34) / 150 + 0.9 * noise.sample(x / 420, z / 420, 14);
        double f = u - StrictMath.floor(u);
        double p = f < 0.78 ? f / 0.78 : (1 - f) / 0.22;
        double crest = 0.55 + 0.45 * noise.sample(x / 300, z / 300, 15);
        return 30 * crest * p * p * (3 - 2 * p);
    }

    /** The volcanic cone with a crater at its top, 0 beyond its skirt. */
    static double cone(double x, double z) {
        double r = StrictMath.hypot(x - CONE_X, z - CONE_Z);
        if (r >= CONE_RADIUS) return 0;
        double rim = coneProfile(CRATER_RADIUS);
        if (r < CRATER_RADIUS) {
            double q = r / CRATER_RADIUS;
            return rim - CRATER_DEPTH * (1 - q * q * q * q);
        }
        return coneProfile(r);
    }

    private static double coneProfile(double r) {
        double u = 1 - r / CONE_RADIUS;
        return CONE_HEIGHT * u * StrictMath.sqrt(u);
    }

    /** 0 on the beach, 1 on the headland of cliffs west of it (and far to the east). */
    public static double cliffness(ValueNoise noise, double x, double z) {
        double edge = 45 + 25 * noise.sample(z / 200, 6.5, 16);
        return StrictMath.max(smooth((-x - edge) / 22), smooth((x - 320) / 30));
    }

    /** A billowing floor of cloud: soft heaps up to {@link #CLOUD_TOP}. */
    private static double clouds(ValueNoise noise, double x, double z) {
        double b = StrictMath.abs(noise.fractal(x / 260, z / 260, 4));
        return CLOUD_TOP * (1 - b) * (1 - b);
    }

    /** A few ridged peaks, most of them far below the cloud floor. */
    private static double peaks(ValueNoise noise, double x, double z) {
        double r = ridges(noise, x * 0.8, z * 0.8);
        double mass = noise.sample(x / 900 + 3, z / 900, 17);
        return r * r * 380 * (0.4 + mass) - 160;
    }

    /** Smoothstep of t clamped to [0, 1] (for the ground's other shapers). */
    public static double smoothstep(double t) {
        return smooth(t);
    }

    /** Smoothstep of t clamped to [0, 1]. */
    static double smooth(double t) {
        if (t <= 0) return 0;
        if (t >= 1) return 1;
        return t * t * (3 - 2 * t);
    }
}
