package dev.longshot.render;

import dev.longshot.world.Atmosphere;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.Terrain;
import dev.longshot.world.ValueNoise;

/**
 * Rain streaks, snowflakes and blowing dust over the finished frame. The particles live in the world, not
 * on the screen: a lattice of cells around the eye, each holding a few drops hashed from
 * (seed, cell), falling through their cell and wrapping, so the camera moves through them
 * (near ones sweep past, far ones crawl) and every frame follows from (seed, time) alone.
 * A rain drop is drawn as the short streak it sweeps while the shutter is open; a flake as a
 * dot of one to three pixels, swaying as it falls; a grain of dust as a dot driven sideways
 * by the wind, hardly falling. One thread, no depth test: drops under the
 * ground are culled, drops behind nearer things are not (they are all within a few metres).
 */
final class Precipitation {
    /**
     * How one kind of particle falls and looks: lattice cell size, reach around the eye
     * (horizontal, vertical) and fall speed in metres (per second), particles per cell at
     * full intensity, streak time (0: a dot), opacity and colour in full daylight, and the
     * wind that drives it along x (metres per second).
     */
    private record Kind(double cell, double reachX, double reachY, double fall, int perCell,
            double streak, float opacity, int colour, double wind) {}

    private static final Kind RAIN = new Kind(1.5, 13, 8, 9, 5, 0.06, 0.5f, 0xE4E8F0, 0);
    private static final Kind SNOW = new Kind(1.4, 12, 7, 1.1, 8, 0, 0.9f, 0xF6F8FC, 0);
    private static final Kind DUST = new Kind(1.2, 12, 6, 0.4, 9, 0, 0.7f, 0xD8B47A, 7);

    private Precipitation() {}

    /**
     * Draws the frame's rain, snow and dust into {@code rgb}; returns how many particles
     * of each are in the air around the eye: {rain, snow, dust}.
     */
    static int[] draw(int[] rgb, Projection proj, FrameSpec spec) {
        Atmosphere air = spec.lighting().atmosphere();
        int[] counts = new int[3];
        if (air.rain() > 0.01) counts[0] = particles(rgb, proj, spec, RAIN, air.rain());
        if (air.snow() > 0.01) counts[1] = particles(rgb, proj, spec, SNOW, air.snow());
        if (air.dust() > 0.01) counts[2] = particles(rgb, proj, spec, DUST, air.dust());
        return counts;
    }

    private static int particles(int[] rgb, Projection proj, FrameSpec spec, Kind kind,
                                 double amount) {
        double t = spec.worldSeconds();
        long seed = ValueNoise.mix(spec.lighting().atmosphere().seed()
                + (kind == RAIN ? 1 : kind == SNOW ? 2 : 3));
        float light = brightness(spec.lighting());
        int colour = scaled(kind.colour, light);
        Terrain ground = spec.terrain();
        double c = kind.cell;
        int ix0 = (int) StrictMath.floor((proj.eyeX - kind.reachX) / c);
        int ix1 = (int) StrictMath.floor((proj.eyeX + kind.reachX) / c);
        int iy0 = (int) StrictMath.floor((proj.eyeY - kind.reachY) / c);
        int iy1 = (int) StrictMath.floor((proj.eyeY + kind.reachY) / c);
        int iz0 = (int) StrictMath.floor((proj.eyeZ - kind.reachX) / c);
        int iz1 = (int) StrictMath.floor((proj.eyeZ + kind.reachX) / c);
        double[] at = new double[3];
        Mat4 m = proj.clipFromWorld;
        int count = 0;
        for (int iz = iz0; iz <= iz1; iz++) {
            for (int ix = ix0; ix <= ix1; ix++) {
                double cx = (ix + 0.5) * c, cz = (iz + 0.5) * c;
                // Whole columns behind the eye: w is linear in y, so its ends bound it.
                if (m.apply(3, cx, iy0 * c, cz) < -c && m.apply(3, cx, (iy1 + 1) * c, cz) < -c) {
                    continue;
                }
                // The ground under a column is one height: cells are a metre or two wide.
                double floor = ground == null ? Double.NEGATIVE_INFINITY : ground.heightAt(cx, cz);
                long column = ValueNoise.mix(seed + ix * 0x9E3779B97F4A7C15L
                        + iz * 0xC2B2AE3D27D4EB4FL);
                for (int iy = iy0; iy <= iy1; iy++) {
                    if ((iy + 1) * c < floor) continue;
                    long cell = ValueNoise.mix(column + iy);
                    for (int k = 0; k < kind.perCell; k++) {
                        cell = ValueNoise.mix(cell + k);
                        if (ValueNoise.unit(cell) >= amount) continue;
                        place(cell, ix, iy, iz, kind, t, at);
                        if (at[1] <= floor) continue;
                        drop(rgb, proj, kind, at, colour);
                        count++;
                    }
                }
            }
        }
        return count;
    }

    // Where the particle drawn by hash h of cell (ix, iy, iz) is at time t.
    private static void place(long h, int ix, int iy, int iz, Kind kind, double t, double[] at) {
        long h1 = ValueNoise.mix(h ^ 1), h2 = ValueNoise.mix(h ^ 2), h3 = ValueNoise.mix(h ^ 3);
        double c = kind.cell;
        // Speeds vary ±20% per particle, so the lattice never shows.
        double speed = kind.fall * (0.8 + 0.4 * ValueNoise.unit(h3));
        double fallen = ValueNoise.unit(h2) - t * speed / c;
        // Blown along x and wrapped in the cell, as a falling one wraps in y.
        double blown = ValueNoise.unit(h1) + t * kind.wind * (0.7 + 0.6 * ValueNoise.unit(h3))
                / c;
        double x = (ix + blown - StrictMath.floor(blown)) * c;
        double z = (iz + ValueNoise.unit(h >>> 7 ^ h1)) * c;
        if (kind.streak == 0) { // flakes sway as they fall
            double phase = ValueNoise.unit(h3 ^ h2);
            x += 0.35 * wave(0.2 * t + phase);
            z += 0.25 * wave(0.14 * t + phase + 0.25);
        }
        at[0] = x;
        at[1] = (iy + fallen - StrictMath.floor(fallen)) * c;
        at[2] = z;
    }

    /** A cheap sine-like wave of period 1 in [-1, 1]: two parabolas. */
    static double wave(double u) {
        double f = u - StrictMath.floor(u);
        return f < 0.5 ? 16 * f * (0.5 - f) : -16 * (f - 0.5) * (1 - f);
    }

    private static void drop(int[] rgb, Projection proj, Kind kind, double[] at, int colour) {
        Mat4 m = proj.clipFromWorld;
        double w = m.apply(3, at[0], at[1], at[2]);
        if (w < 1.2) return; // too close to draw as a particle
        double dx = at[0] - proj.eyeX, dy = at[1] - proj.eyeY, dz = at[2] - proj.eyeZ;
        double distance = StrictMath.sqrt(dx * dx + dy * dy + dz * dz);
        double reach = StrictMath.max(kind.reachX, kind.reachY);
        if (distance > reach) return;
        float fade = (float) (1 - distance / reach);
        float ax = sx(proj, m.apply(0, at[0], at[1], at[2]) / w);
        float ay = sy(proj, m.apply(1, at[0], at[1], at[2]) / w);
        if (kind.streak > 0) {
            double top = at[1] + kind.fall * kind.streak;
            double wt = m.apply(3, at[0], top, at[2]);
            if (wt < 1.2) return;
            float bx = sx(proj, m.apply(0, at[0], top, at[2]) / wt);
            float by = sy(proj, m.apply(1, at[0], top, at[2]) / wt);
            streak(rgb, proj, ax, ay, bx, by, kind.opacity * fade, colour);
        } else {
            int size = (int) StrictMath.min(4, StrictMath.max(1, proj.height * 0.035 / w));
            int a = (int) (256 * kind.opacity * StrictMath.min(1, fade * 2));
            for (int j = 0; j < size; j++) {
                for (int i = 0; i < size; i++) blend(rgb, proj, (int) ax + i, (int) ay + j, a, colour);
            }
        }
    }

    private static void streak(int[] rgb, Projection proj, float ax, float ay, float bx,
                               float by, float opacity, int colour) {
        float dx = bx - ax, dy = by - ay;
        float length = Math.max(Math.abs(dx), Math.abs(dy));
        if (length > 4 * proj.height) return;
        int steps = Math.max(1, (int) length);
        // A long streak is a near drop smeared thin: the same light over more pixels.
        int a = (int) (256 * opacity * Math.min(1, 24 / (float) steps + 0.25f));
        for (int s = 0; s <= steps; s++) {
            float t = (float) s / steps;
            blend(rgb, proj, (int) Math.floor(ax + dx * t), (int) Math.floor(ay + dy * t), a, colour);
        }
    }

    private static void blend(int[] rgb, Projection proj, int x, int y, int a, int colour) {
        if (x < 0 || y < 0 || x >= proj.width || y >= proj.height || a <= 0) return;
        int p = y * proj.width + x;
        int c = rgb[p];
        int k = 256 - a;
        int r = ((c >> 16 & 255) * k + (colour >> 16 & 255) * a) >> 8;
        int g = ((c >> 8 & 255) * k + (colour >> 8 & 255) * a) >> 8;
        int b = ((c & 255) * k + (colour & 255) * a) >> 8;
        rgb[p] = r << 16 | g << 8 | b;
    }

    private static float sx(Projection proj, double ndcX) {
        return (float) ((ndcX * 0.5 + 0.5) * proj.width);
    }

    private static float sy(Projection proj, double ndcY) {
        return (float) ((0.5 - ndcY * 0.5) * proj.height);
    }

    // Overall light level 0.25 … 1: particles glint by day and are grey at night.
    private static float brightness(Lighting light) {
        double level = light.ambient() + 0.6 * light.sunIntensity();
        return (float) StrictMath.max(0.25, StrictMath.min(1, level * 1.2));
    }

    private static int scaled(int rgb, float k) {
        return Colors.pack(Colors.red(rgb) * k, Colors.green(rgb) * k, Colors.blue(rgb) * k);
    }
}
