package dev.longshot.world;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;

/**
 * The ground of one scene: a height field over a square of {@link #extent()} metres centred on
 * the origin, shaped by the setting and the seed. Immutable and deterministic.
 */
public final class Terrain {
    private static final double EXTENT = 2400;

    private final long seed;
    private final Setting setting;
    private final Water water;
    private final ValueNoise noise;
    private final double relief;
    private final double featureSize;

    public Terrain(long seed, Setting setting, Water water) {
        this.seed = seed;
        this.setting = setting;
        this.water = water;
        this.noise = new ValueNoise(ValueNoise.mix(seed * 31 + setting.ordinal()));
        this.relief = reliefOf(setting);
        this.featureSize = setting == Setting.MOUNTAINS || setting == Setting.CANYON ? 520 : 360;
    }

    public long seed() {
        return seed;
    }

    public Setting setting() {
        return setting;
    }

    public Water water() {
        return water;
    }

    /** Side of the square the terrain covers, metres. */
    public double extent() {
        return EXTENT;
    }

    /** Height of the water surface; below every point of the ground when there is no water. */
    public double waterLevel() {
        return water == Water.NONE ? -1e9 : -2.0;
    }

    /** Ground height at (x, z), metres. */
    public double heightAt(double x, double z) {
        double n = noise.fractal(x / featureSize, z / featureSize, 5);
        double h = n * relief;
        if (setting == Setting.MOUNTAINS || setting == Setting.VOLCANO) {
            // Ridged shape: sharp crests, broad valleys.
            double ridge = 1 - StrictMath.abs(noise.fractal(x / 700 + 11, z / 700 - 7, 4));
            h += ridge * ridge * relief * 1.6;
        }
        if (water != Water.NONE) {
            // Keep dry land above the water: hollows flatten into low meadows instead of
            // flooding, so the only water is the body the storyboard asked for.
            double shore = waterLevel() + 2.5;
            if (h < shore) h = shore + (h - shore) * 0.02;
            // Carve the water where the default camera looks: north of the spawn point.
            double carve = StrictMath.max(0, StrictMath.min(1, 1 - waterDistance(x, z) / shoreWidth()));
            h = h * (1 - carve) + (-6) * carve;
        }
        return h;
    }

    /** Metres from (x, z) to the water's edge region; 0 inside the water body. */
    private double waterDistance(double x, double z) {
        return switch (water) {
            case STREAM, RIVER -> StrictMath.max(0,
                    StrictMath.abs(z - channelCentreZ(x)) - channelHalfWidth());
            case LAKE -> StrictMath.max(0, StrictMath.sqrt(x * x + (z + 150) * (z + 150)) - 220);
            case SEA -> StrictMath.max(0, z + 100 + 30 * noise.sample(x / 300, 8.5, 7));
            default -> 1e9;
        };
    }

    /** A stream or river meanders east–west around z = 60. */
    private double channelCentreZ(double x) {
        return 60 - 40 * noise.sample(x / 250, 3.5, 7);
    }

    private double channelHalfWidth() {
        return water == Water.STREAM ? 5 : 22;
    }

    private double shoreWidth() {
        return water == Water.STREAM ? 25 : 90;
    }

    /** Where a scene's camera starts: on the bank a few metres from the water, looking north. */
    public Vec3 spawnPoint() {
        double z = switch (water) {
            case STREAM -> channelCentreZ(0) + channelHalfWidth() + 14;
            case RIVER -> channelCentreZ(0) + channelHalfWidth() + 30;
            case LAKE -> 100;
            case SEA -> -100 + 30 * noise.sample(0, 8.5, 7) + 60;
            default -> 0;
        };
        return new Vec3(0, heightAt(0, z), z);
    }

    /** Unit surface normal at (x, z), from central differences. */
    public Vec3 normalAt(double x, double z) {
        double e = 1.0;
        double dx = heightAt(x + e, z) - heightAt(x - e, z);
        double dz = heightAt(x, z + e) - heightAt(x, z - e);
        return new Vec3(-dx, 2 * e, -dz).normalized();
    }

    /**
     * Base colour (albedo, 0xRRGGBB) of the ground at a point.
     *
     * @param height metres
     * @param slope  rise over run (gradient magnitude): 0 flat, 1 at 45°
     */
    public int albedoAt(double height, double slope) {
        int flat;
        int steep;
        switch (setting) {
            case DESERT -> { flat = 0xD8B878; steep = 0xB08850; }
            case SNOWFIELD -> { flat = 0xF2F4F8; steep = 0x9AA0A8; }
            case VOLCANO -> { flat = 0x3A3430; steep = 0x241F1C; }
            case CANYON -> { flat = 0xC07040; steep = 0x9A4E2C; }
            case COAST -> { flat = 0xD9C89A; steep = 0x7A8A60; }
            case MOUNTAINS -> { flat = 0x5E7A45; steep = 0x7A7570; }
            case CITY, VILLAGE, ANCIENT_CITY -> { flat = 0x8A8A78; steep = 0x6E6A60; }
            case GRASSLAND -> { flat = 0x7EA44A; steep = 0x6A7F45; }
            default -> { flat = 0x4C7A34; steep = 0x5E5A48; }
        }
        double t = StrictMath.min(1, StrictMath.max(0, (slope - 0.25) * 2.5));
        int color = lerpRgb(flat, steep, t);
        if (height < waterLevel() + 1.0) color = lerpRgb(color, 0x8E7E5E, 0.6);
        if (setting == Setting.MOUNTAINS && height > relief * 1.4) color = 0xEEF0F4;
        return color;
    }

    private static double reliefOf(Setting setting) {
        return switch (setting) {
            case MOUNTAINS -> 160;
            case VOLCANO -> 120;
            case CANYON, VALLEY -> 90;
            case DESERT, SNOWFIELD -> 30;
            case GRASSLAND -> 22;
            case COAST, VILLAGE, CITY, ANCIENT_CITY -> 14;
            case SKY -> 60;
            default -> 40;
        };
    }

    /** Component-wise blend of two packed colours. */
    public static int lerpRgb(int a, int b, double t) {
        int r = (int) (((a >> 16) & 255) + (((b >> 16) & 255) - ((a >> 16) & 255)) * t);
        int g = (int) (((a >> 8) & 255) + (((b >> 8) & 255) - ((a >> 8) & 255)) * t);
        int bl = (int) ((a & 255) + ((b & 255) - (a & 255)) * t);
        return (r << 16) | (g << 8) | bl;
    }
}
