package dev.longshot.world;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.scenery.GroundPalette;
import dev.longshot.world.scenery.Landform;
import dev.longshot.world.scenery.Scenery;
import dev.longshot.world.scenery.SceneryRequest;
import dev.longshot.world.scenery.WaterTown;

/**
 * The ground of one scene: a height field over a square of {@link #extent()} metres centred on
 * the origin, shaped by the setting ({@link Landform}) and the seed, coloured by
 * {@link GroundPalette}, with the fixed things on it ({@link #scenery()}). Immutable and
 * deterministic. A {@linkplain #morph morph} is a terrain part way between two others.
 */
public final class Terrain {
    private static final double EXTENT = 2400;
    /** Relief from which water gets a vale of its own, and the vale's half-width, metres. */
    private static final double VALE_RELIEF = 100, VALE_WIDTH = 320;
    /** Centre (z, north of the origin) and radius of a pond, metres: a waterhole in the view. */
    private static final double POND_Z = -70, POND_RADIUS = 26;

    private final long seed;
    private final Setting setting;
    private final Water water;
    private final ValueNoise noise;
    private final double relief;
    private final double featureSize;
    private final Morph morph;
    private final SceneryRequest request;
    /** A water town: its canal runs north through the town ({@link WaterTown}). */
    private final boolean waterTown;
    private volatile Scenery scenery;

    /** A terrain between {@code from} (t = 0) and {@code to} (t = 1). */
    private record Morph(Terrain from, Terrain to, double t) {}

    public Terrain(long seed, Setting setting, Water water) {
        this(seed, setting, water, SceneryRequest.of(setting));
    }

    /** Ground shaped by {@code setting}, holding what {@code request} asks for. */
    public Terrain(long seed, Setting setting, Water water, SceneryRequest request) {
        this(seed, setting, coastHasSea(setting, water), null, request);
    }

    private Terrain(long seed, Setting setting, Water water, Morph morph,
                    SceneryRequest request) {
        this.request = java.util.Objects.requireNonNull(request, "request");
        this.seed = seed;
        this.setting = setting;
        this.water = water;
        this.noise = new ValueNoise(ValueNoise.mix(seed * 31 + setting.ordinal()));
        this.relief = reliefOf(setting);
        this.featureSize = setting == Setting.MOUNTAINS || setting == Setting.CANYON ? 520 : 360;
        this.morph = morph;
        this.waterTown = WaterTown.is(request, water);
    }

    /** A coast is where land meets the sea: it has one even when the line names no water. */
    private static Water coastHasSea(Setting setting, Water water) {
        return setting == Setting.COAST && water == Water.NONE ? Water.SEA : water;
    }

    /**
     * The ground {@code t} of the way from {@code from} to {@code to}: heights and colours
     * blend, each thing of either place stands while its own threshold says so
     * ({@link Scenery#blend}). Setting and water are the target's from halfway.
     */
    public static Terrain morph(Terrain from, Terrain to, double t) {
        Terrain a = from;
        Terrain b = to.morph != null ? to.morph.to : to;
        double k = StrictMath.max(0, StrictMath.min(1, t));
        Terrain near = k < 0.5 ? a : b;
        return new Terrain(b.seed, near.setting, b.water, new Morph(a, b, k), b.request);
    }

    /** The same ground and water with nothing standing on it (for previews and tests). */
    public Terrain bare() {
        Terrain t = new Terrain(seed, setting, water, morph, request);
        t.scenery = Scenery.EMPTY;
        return t;
    }

    /** How far this terrain is through a morph: 0 … 1, or NaN when it is not one. */
    public double morphProgress() {
        return morph == null ? Double.NaN : morph.t;
    }

    public long seed() {
        return seed;
    }

    public Setting setting() {
        return setting;
    }

    /** What this place's scenery was asked to hold: setting, style and things, as ids. */
    public SceneryRequest request() {
        return request;
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

    /** Air the camera keeps above this ground beyond its move's own height: the sky flies. */
    public double airGap() {
        return switch (setting) {
            case SKY -> 45;
            // Streets and harbours are seen from a first-floor window, not the kerb: at 2 m
            // the near street or beach fills the lower half of the frame.
            case CITY -> 4;
            case COAST -> 5;
            default -> 0;
        };
    }

    /**
     * Degrees a free camera looks up beyond its move's own pitch: among a city's towers the
     * view tilts up so they are not cut off at the top of the frame.
     */
    public double viewTilt() {
        return setting == Setting.CITY ? 6 : 0;
    }

    /** The rocks, trees and buildings of this place, placed once (lazily) from the seed. */
    public Scenery scenery() {
        Scenery s = scenery;
        if (s == null) {
            synchronized (this) {
                s = scenery;
                if (s == null) {
                    s = morph == null ? Scenery.of(this)
                            : Scenery.blend(morph.from.scenery(), morph.to.scenery(), morph.t,
                                    this);
                    scenery = s;
                }
            }
        }
        return s;
    }

    /** Ground height at (x, z), metres. */
    public double heightAt(double x, double z) {
        if (morph != null) {
            return morph.from.heightAt(x, z) * (1 - morph.t) + morph.to.heightAt(x, z) * morph.t;
        }
        double h = Landform.height(request.setting(), setting, noise, x, z, relief, featureSize);
        if (water != Water.NONE && relief >= VALE_RELIEF) {
            // Water in high country lies in a broad vale: without it a stream is a slot
            // 150 m deep and the camera on its bank sees nothing but the far wall.
            double vale = Landform.smoothstep(waterDistance(x, z) / VALE_WIDTH);
            h *= 0.06 + 0.94 * vale;
        }
        if (water != Water.NONE) {
            // Keep dry land above the water: hollows flatten into low meadows instead of
            // flooding, so the only water is the body the storyboard asked for.
            double shore = waterLevel() + 2.5;
            if (h < shore) h = shore + (h - shore) * 0.02;
            // Carve the water where the default camera looks: north of the spawn point.
            double width = shoreWidth(x, z);
            double carve = StrictMath.max(0, StrictMath.min(1, 1 - waterDistance(x, z) / width));
            // Running water keeps close to its channel: a banked profile, so the waterline
            // lies a few metres past the channel's edge, not halfway across the shore.
            if (water == Water.STREAM || water == Water.RIVER) carve = carve * carve * carve;
            h = h * (1 - carve) + (-6) * carve;
        }
        return h;
    }

    /** Metres from (x, z) to the water's edge region; 0 inside the water body. */
    private double waterDistance(double x, double z) {
        return switch (water) {
            case STREAM, RIVER -> runsNorth()
                    ? StrictMath.max(0, StrictMath.abs(x - channelCentre(z)) - channelHalfWidth())
                    : StrictMath.max(0, StrictMath.abs(z - channelCentre(x)) - channelHalfWidth());
            case LAKE -> request.pond()
                    ? StrictMath.max(0, StrictMath.hypot(x, z - POND_Z) - POND_RADIUS)
                    : StrictMath.max(0, StrictMath.sqrt(x * x + (z + 150) * (z + 150)) - 220);
            case SEA -> StrictMath.max(0, z + 100 + 30 * noise.sample(x / 300, 8.5, 7)
                    + headland(x, z));
            default -> 1e9;
        };
    }

    /** How far north the coast's headland of cliffs pushes the sea back, metres. */
    private double headland(double x, double z) {
        return setting == Setting.COAST ? 260 * Landform.cliffness(noise, x, z) : 0;
    }

    /**
     * In a valley or canyon the water follows the floor north, and a water town's canal runs
     * north through it (the camera looks along it); elsewhere it runs east–west.
     */
    private boolean runsNorth() {
        return setting == Setting.VALLEY || setting == Setting.CANYON || waterTown;
    }

    /**
     * Centre of the meandering channel: z of a west–east one, x of a south–north one at
     * {@code along} (its z).
     */
    public double channelCentre(double along) {
        if (runsNorth()) return Landform.meander(noise, along);
        return 60 - 40 * noise.sample(along / 250, 3.5, 7);
    }

    /** Half the width of a stream's or river's bed, metres. */
    public double channelHalfWidth() {
        if (waterTown) return WaterTown.CANAL_HALF_WIDTH;
        return water == Water.STREAM ? 5 : 22;
    }

    private double shoreWidth(double x, double z) {
        if (waterTown) return WaterTown.BANK;
        if (water == Water.STREAM) return 25;
        if (request.pond()) return 18;
        if (setting == Setting.COAST) {
            // Cliffs drop straight into the sea; the beach shelves gently.
            return 90 - 80 * Landform.cliffness(noise, x, z);
        }
        return runsNorth() ? 40 : 90;
    }

    /**
     * The sight a glide into this place heads for (a volcano's crater rim), or null where the
     * place has no single one.
     */
    public Vec3 landmark() {
        if (morph != null) return morph.to.landmark();
        if (setting != Setting.VOLCANO) return null;
        double x = Landform.CONE_X;
        double z = Landform.CONE_Z + Landform.CRATER_RADIUS;
        return new Vec3(x, heightAt(x, z), z);
    }

    /** Where a scene's camera starts: on the bank a few metres from the water, looking north. */
    /** How much nearer the water a harbour's spawn point is than a coast's, metres. */
    private static final double HARBOUR_SHORE = 28;

    public Vec3 spawnPoint() {
        if (morph != null) return morph.to.spawnPoint();
        if ((water == Water.STREAM || water == Water.RIVER) && runsNorth()) {
            double x = channelCentre(0) + channelHalfWidth() + (waterTown
                    ? WaterTown.SPAWN_ON_LANE : water == Water.STREAM ? 9 : 14);
            return new Vec3(x, heightAt(x, 0), 0);
        }
        double z = switch (water) {
            // Back from the bank, so the near shore (where a herd drinks) is in the frame.
            case STREAM -> channelCentre(0) + channelHalfWidth() + 26;
            case RIVER -> channelCentre(0) + channelHalfWidth() + 50;
            case LAKE -> request.pond() ? POND_Z + POND_RADIUS + 30 : 100;
            // A harbour's camera stands nearer the water's edge: its boats are the sight.
            case SEA -> -100 - 30 * noise.sample(0, 8.5, 7) + (setting == Setting.COAST ? 100 : 60)
                    - (request.setting().equals("harbour") ? HARBOUR_SHORE : 0);
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

    /** Base colour of the ground at the spawn point's place (see {@link #albedoAt(double,
     * double, double, double)}). */
    public int albedoAt(double height, double slope) {
        Vec3 s = spawnPoint();
        return albedoAt(s.x(), s.z(), height, slope);
    }

    /**
     * Base colour (albedo, 0xRRGGBB) of the ground at (x, z).
     *
     * @param height metres
     * @param slope  rise over run (gradient magnitude): 0 flat, 1 at 45°
     */
    public int albedoAt(double x, double z, double height, double slope) {
        if (morph != null) {
            return lerpRgb(morph.from.albedoAt(x, z, height, slope),
                    morph.to.albedoAt(x, z, height, slope), morph.t);
        }
        return GroundPalette.albedo(this, noise, x, z, height, slope);
    }

    /** The noise that shapes this ground (for the layouts that follow its features). */
    public ValueNoise noise() {
        return noise;
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
