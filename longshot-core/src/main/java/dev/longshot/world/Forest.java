package dev.longshot.world;

import dev.longshot.plan.Setting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the trees of a scene stand: one candidate per 16 m cell, jittered, kept by a seeded
 * hash thinned in groves by value noise, never in water, on steep ground or high on
 * mountains. The renderer draws these trees and the creatures walk around their trunks, so
 * both read this one placement. Immutable and deterministic.
 */
public final class Forest {
    /** Side of a placement cell, metres: at most one tree per cell. */
    public static final double CELL = 16;
    /** Trunk radius as a fraction of the tree's height (the drawn trunk's). */
    public static final double TRUNK_RADIUS = 0.035;
    private static final Forest NONE = new Forest(new float[0], new float[0], new float[0],
            new float[0], new float[0], new float[0]);

    private final float[] x, y, z;   // (count) base of the trunk
    private final float[] height;    // (count) metres
    private final float[] turn;      // (count) radians about the vertical axis
    private final float[] tint;      // (count) 0 … 1, dark to light foliage

    private Forest(float[] x, float[] y, float[] z, float[] height, float[] turn, float[] tint) {
        this.x = x; this.y = y; this.z = z;
        this.height = height; this.turn = turn; this.tint = tint;
    }

    /** The trees of {@code terrain}; none when its setting grows none. */
    public static Forest of(Terrain terrain) {
        double keep = switch (terrain.setting()) {
            case FOREST -> 0.6;
            case VALLEY -> 0.3;
            case MOUNTAINS -> 0.35;
            default -> 0;
        };
        if (keep == 0) return NONE;
        ValueNoise groves = new ValueNoise(terrain.seed() * 0x9E3779B97F4A7C15L + 0x7EE5);
        int n = (int) (terrain.extent() / CELL);
        double origin = -terrain.extent() / 2;
        int cap = n * n;
        float[] px = new float[cap], py = new float[cap], pz = new float[cap];
        float[] ph = new float[cap], pt = new float[cap], pc = new float[cap];
        int count = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                long h = hash(terrain.seed(), i, j);
                double grove = groves.sample((origin + i * CELL) / 220,
                        (origin + j * CELL) / 220, 0);
                if (unit(h) >= keep * (0.55 + 0.9 * grove)) continue;
                double tx = origin + (i + 0.1 + 0.8 * unit(hash(h, 1, 0))) * CELL;
                double tz = origin + (j + 0.1 + 0.8 * unit(hash(h, 2, 0))) * CELL;
                double ty = terrain.heightAt(tx, tz);
                if (ty < terrain.waterLevel() + 1.2) continue;
                if (terrain.setting() == Setting.MOUNTAINS && ty > 150) continue;
                if (terrain.normalAt(tx, tz).y() < 0.85) continue;
                px[count] = (float) tx; py[count] = (float) ty; pz[count] = (float) tz;
                pt[count] = (float) (2 * StrictMath.PI * unit(hash(h, 3, 0)));
                ph[count] = (float) (7 + 7 * unit(hash(h, 4, 0)));
                pc[count] = (float) unit(hash(h, 5, 0));
                count++;
            }
        }
        return new Forest(Arrays.copyOf(px, count), Arrays.copyOf(py, count),
                Arrays.copyOf(pz, count), Arrays.copyOf(ph, count), Arrays.copyOf(pt, count),
                Arrays.copyOf(pc, count));
    }

    public int count() {
        return x.length;
    }

    public float x(int i) {
        return x[i];
    }

    public float y(int i) {
        return y[i];
    }

    public float z(int i) {
        return z[i];
    }

    public float height(int i) {
        return height[i];
    }

    public float turn(int i) {
        return turn[i];
    }

    public float tint(int i) {
        return tint[i];
    }

    /** The trunks as solids, {@code tree#i}, in placement order. */
    public List<Obstacle> trunks() {
        List<Obstacle> out = new ArrayList<>(count());
        for (int i = 0; i < count(); i++) {
            out.add(new Obstacle("tree#" + i, new Vec3(x[i], y[i], z[i]),
                    TRUNK_RADIUS * height[i], height[i]));
        }
        return out;
    }

    private static long hash(long seed, long i, long j) {
        long z = seed * 0x9E3779B97F4A7C15L + i * 0xC2B2AE3D27D4EB4FL + j * 0x165667B19E3779F9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }
}
