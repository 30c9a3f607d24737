package dev.longshot.world.scenery;

import dev.longshot.world.Terrain;
import dev.longshot.world.ValueNoise;
import dev.longshot.world.Vec3;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts props on a terrain one by one, refusing a place that is under water, overlaps a prop
 * already placed, or crowds the camera's spawn point (buildings keep a wider berth and leave
 * the view north of it open). Footprints are circles found through a grid of
 * {@link #CELL}-metre cells (lookups only, so the map's order never matters).
 */
final class Placement {
    private static final double CELL = 24;
    /** Nothing stands closer to the spawn point than this. */
    static final double SPAWN_CLEAR = 6;
    /** Buildings keep this far from the spawn point… */
    static final double SPAWN_CLEAR_BUILDING = 22;
    /** …and out of the strip this wide north of it, for this far. */
    private static final double VIEW_HALF_WIDTH = 9, VIEW_LENGTH = 70;

    private final Terrain terrain;
    private final Vec3 spawn;
    private final List<Prop> props = new ArrayList<>();
    private final Map<Long, List<Prop>> cells = new HashMap<>();
    private final String style;
    private final List<double[]> decks = new ArrayList<>();
    /** The circles row houses were placed with, by prop id ({@link #placeRow}). */
    private final Map<Integer, Double> rowRadii = new HashMap<>();
    /** Whether buildings may line the street the camera looks down (a town's). */
    private boolean street;
    /** The place's railway, once laid, or null ({@link Railway}). */
    private Railway.Line railway;

    Placement(Terrain terrain) {
        this.terrain = terrain;
        this.spawn = terrain.spawnPoint();
        this.style = terrain.request().style();
    }

    /**
     * While {@code on}, buildings may stand beside the street the camera looks down, from a
     * few metres off the spawn point: a town's street is lined with houses from its first
     * steps, only the camera's own line stays open.
     */
    void lineTheStreet(boolean on) {
        street = on;
    }

    /** The style the place's buildings are built in, or null: the setting's own look. */
    String style() {
        return style;
    }

    Terrain terrain() {
        return terrain;
    }

    Vec3 spawn() {
        return spawn;
    }

    List<Prop> props() {
        return props;
    }

    /**
     * Places a {@code kind} at (x, z) if the spot is free; returns whether it did.
     *
     * @param fade the morph threshold (see {@link Prop#fade})
     */
    boolean place(PropKind kind, double x, double z, double yawDeg, double w, double d,
                  double h, long variant, double fade) {
        return place(new Prop(kind, props.size(), x, 0, z, yawDeg, w, d, h, variant, fade, "",
                style));
    }

    /** Places a catalog {@code thing} in {@code style} if the spot is free (as above). */
    boolean place(PropKind kind, String thing, String style, double x, double z, double yawDeg,
                  double w, double d, double h, long variant) {
        return place(new Prop(kind, props.size(), x, 0, z, yawDeg, w, d, h, variant,
                Placement.unit(Placement.hash(variant, 77, 0)), thing, style));
    }

    /**
     * Places a thing that stands on water or in the air, or spans water (a boat, a balloon,
     * a bridge) at height {@code y}, checking only that it lies on the map.
     */
    boolean placeAt(PropKind kind, String thing, String style, double x, double y, double z,
                    double yawDeg, double w, double d, double h, long variant) {
        double r = 0.5 * StrictMath.hypot(w, d);
        double half = terrain.extent() / 2 - r;
        if (StrictMath.abs(x) > half || StrictMath.abs(z) > half) return false;
        props.add(new Prop(kind, props.size(), x, y, z, yawDeg, w, d, h, variant,
                Placement.unit(Placement.hash(variant, 77, 0)), thing, style));
        return true;
    }

    /**
     * Places a house of a row that lines a lane or a canal, its footprint taken as a circle
     * of {@code radius} (about half its depth): neighbours along the row stand an alley
     * apart where their whole footprints' circles would keep them a house apart. It keeps
     * off the water, the camera's spot and what stands, as {@link #place} does.
     */
    boolean placeRow(Prop p, double radius) {
        double x = p.x(), z = p.z();
        if (StrictMath.hypot(x - spawn.x(), z - spawn.z()) < radius + SPAWN_CLEAR) return false;
        double half = terrain.extent() / 2 - 2 * p.footprint();
        if (StrictMath.abs(x) > half || StrictMath.abs(z) > half) return false;
        double y = groundUnder(x, z, radius);
        if (y < terrain.waterLevel() + 1.2 || overlaps(x, z, radius)) return false;
        Prop placed = p.at(y);
        props.add(placed);
        rowRadii.put(placed.id(), radius);
        long key = key((int) StrictMath.floor(x / CELL), (int) StrictMath.floor(z / CELL));
        cells.computeIfAbsent(key, k -> new ArrayList<>()).add(placed);
        return true;
    }

    /**
     * Places a thing that takes its ground whatever stands about (a railway's stretch), at
     * height {@code y} when it lies on the map: what is placed after it keeps off it.
     */
    boolean claim(PropKind kind, String thing, double x, double y, double z, double yawDeg,
                  double w, double d, double h, long variant) {
        if (!placeAt(kind, thing, style, x, y, z, yawDeg, w, d, h, variant)) return false;
        Prop placed = props.get(props.size() - 1);
        long key = key((int) StrictMath.floor(x / CELL), (int) StrictMath.floor(z / CELL));
        cells.computeIfAbsent(key, k -> new ArrayList<>()).add(placed);
        return true;
    }

    /** The railway laid here, or null when there is none. */
    Railway.Line railway() {
        return railway;
    }

    void railway(Railway.Line line) {
        railway = line;
    }

    /** Whether this place is a water town ({@link WaterTown}). */
    boolean waterTown() {
        return WaterTown.is(terrain.request(), terrain.water());
    }

    private boolean place(Prop p) {
        PropKind kind = p.kind();
        double x = p.x(), z = p.z();
        double r = p.footprint();
        double ds = StrictMath.hypot(x - spawn.x(), z - spawn.z());
        if (ds < r + SPAWN_CLEAR) return false;
        double ahead0 = spawn.z() - z;
        if (ahead0 > -r && ahead0 < 25 && StrictMath.abs(x - spawn.x()) < 9 + r) return false;
        if (kind.building() || kind == PropKind.WALL_RUIN || kind == PropKind.STRUCTURE) {
            if (ds < r + (street ? SPAWN_CLEAR : SPAWN_CLEAR_BUILDING)) return false;
            double ahead = spawn.z() - z;
            double open = street ? 0 : VIEW_HALF_WIDTH;
            if (ahead > -r && ahead < VIEW_LENGTH + r
                    && StrictMath.abs(x - spawn.x()) < open + r) return false;
        }
        double half = terrain.extent() / 2 - 2 * r;
        if (StrictMath.abs(x) > half || StrictMath.abs(z) > half) return false;
        // Solid things stand on the lowest ground under them; lava and smoke at their centre.
        double y = kind.solid() ? groundUnder(x, z, r) : terrain.heightAt(x, z);
        double deck = deckUnder(x, z);
        if (!Double.isNaN(deck)) y = deck;
        boolean wet = kind.solid() && y < terrain.waterLevel() + 1.2;
        if (wet || kind.solid() && overlaps(x, z, r)) return false;
        Prop placed = p.at(y);
        props.add(placed);
        if (kind == PropKind.SMOKE) return true; // takes no ground
        long key = key((int) StrictMath.floor(x / CELL), (int) StrictMath.floor(z / CELL));
        cells.computeIfAbsent(key, k -> new ArrayList<>()).add(placed);
        return true;
    }

    /**
     * Makes the rectangle [x0, x1] × [z0, z1] a deck at height {@code y} (a quay over the
     * water): things placed on it stand on it, dry.
     */
    void deck(double x0, double x1, double z0, double z1, double y) {
        decks.add(new double[] {x0, x1, z0, z1, y});
    }

    /**
     * Whether (x, z) is under a deck or within a few metres of a span placed so far (a quay,
     * a pier, a bridge): no place for a boat.
     */
    boolean spanned(double x, double z) {
        if (!Double.isNaN(deckUnder(x, z))) return true;
        for (Prop p : props) {
            if (p.kind() != PropKind.SPAN) continue;
            double c = StrictMath.cos(StrictMath.toRadians(p.yawDeg()));
            double s = StrictMath.sin(StrictMath.toRadians(p.yawDeg()));
            double dx = x - p.x(), dz = z - p.z();
            double u = dx * c - dz * s, w = dx * s + dz * c;
            if (StrictMath.abs(u) < p.width() / 2 + 3 && StrictMath.abs(w) < p.depth() / 2 + 3) {
                return true;
            }
        }
        return false;
    }

    /** Height of the deck over (x, z), or NaN when there is none. */
    private double deckUnder(double x, double z) {
        for (double[] d : decks) {
            if (x >= d[0] && x <= d[1] && z >= d[2] && z <= d[3]) return d[4];
        }
        return Double.NaN;
    }

    /** Lowest ground under a footprint of radius r (centre and four points of its rim). */
    double groundUnder(double x, double z, double r) {
        double y = terrain.heightAt(x, z);
        y = StrictMath.min(y, terrain.heightAt(x + r, z));
        y = StrictMath.min(y, terrain.heightAt(x - r, z));
        y = StrictMath.min(y, terrain.heightAt(x, z + r));
        return StrictMath.min(y, terrain.heightAt(x, z - r));
    }

    private boolean overlaps(double x, double z, double r) {
        int reach = (int) StrictMath.ceil((r + 30) / CELL);
        int ci = (int) StrictMath.floor(x / CELL), cj = (int) StrictMath.floor(z / CELL);
        for (int j = cj - reach; j <= cj + reach; j++) {
            for (int i = ci - reach; i <= ci + reach; i++) {
                List<Prop> near = cells.get(key(i, j));
                if (near == null) continue;
                for (Prop q : near) {
                    double rq = rowRadii.getOrDefault(q.id(), q.footprint());
                    if (StrictMath.hypot(q.x() - x, q.z() - z) < rq + r) return true;
                }
            }
        }
        return false;
    }

    private static long key(int i, int j) {
        return ((long) i << 32) ^ (j & 0xFFFFFFFFL);
    }

    /** A seeded hash of (seed, i, j): SplitMix64 of a mixed key. */
    static long hash(long seed, long i, long j) {
        return ValueNoise.mix(seed * 0x9E3779B97F4A7C15L + i * 0xC2B2AE3D27D4EB4FL
                + j * 0x165667B19E3779F9L);
    }

    /** Uniform in [0, 1) from a hash. */
    static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }
}
