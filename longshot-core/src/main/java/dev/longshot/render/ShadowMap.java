package dev.longshot.render;

import dev.longshot.world.Lighting;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import java.util.Arrays;

/**
 * A directional-light shadow map over a square of ground around the camera.
 *
 * <p>The light projection is a parallel projection along the light onto the ground plane
 * (a shear, not a rotation): a point (x, y, z) lands at u = x - y·Lx/Ly, v = z - y·Lz/Ly, and
 * its depth is its height y (higher is nearer the light). Texels are then squares on the
 * ground whatever the sun's elevation, flat ground has depth slope zero (no acne), and the
 * square's origin snaps to whole texels so shadows stay put while the camera moves.
 *
 * <p>Every texel keeps the highest caster height minus a slope-scaled offset; max is exact
 * and order-free, so the bands may run in any order on any thread. Receivers look up the
 * world point behind each pixel, rebuilt from its 1/w and view ray, with a 2×2 bilinear PCF.
 */
final class ShadowMap {
    /** Texels per side. */
    static final int SIZE = 1024;
    /** Ground covered per side, metres. */
    static final double SPAN = 320;
    static final float TEXEL = (float) (SPAN / SIZE);
    /** The square reaches this share of its side ahead of the camera's ground point. */
    private static final double AHEAD = 0.3;
    private static final int BANDS = 16;
    /** Receiver bias, metres, on top of the casters' slope offset. */
    private static final float BIAS = 0.06f;
    /** Shadows fade out over the outer share of the square. */
    private static final float FADE = 0.3f;

    final float[] height = new float[SIZE * SIZE]; // (SIZE, SIZE) row v, column u
    /** 0 … 1 how much of the direct light shadows take away; 0: no shadows this frame. */
    float strength;
    float kx, kz;         // shear: u = x - y·kx, v = z - y·kz
    float u0, v0;         // world (u, v) of texel corner (0, 0)
    private final ShadowCasters[] casters;
    private GridMesh rangeOf;
    private float minY, maxY;

    ShadowMap(int items) {
        casters = new ShadowCasters[items];
        for (int i = 0; i < items; i++) casters[i] = new ShadowCasters();
    }

    /**
     * Fits the map to the camera at {@code eye} looking along {@code forward}; returns false
     * (and strength 0) when the light is too low or weak for shadows.
     */
    boolean fit(Lighting light, Terrain terrain, Vec3 eye, Vec3 forward) {
        Vec3 l = light.toSun().normalized();
        // Fade in between 6° and 12° of elevation: very low light casts endless shadows.
        double rise = StrictMath.min(1, StrictMath.max(0, (l.y() - 0.1) / 0.1));
        strength = (float) (rise * StrictMath.min(1, light.sunIntensity() * 2));
        if (strength <= 0.01f) {
            strength = 0;
            return false;
        }
        kx = (float) (l.x() / l.y());
        kz = (float) (l.z() / l.y());
        double ground = terrain.heightAt(eye.x(), eye.z());
        double fx = forward.x(), fz = forward.z();
        double flat = StrictMath.sqrt(fx * fx + fz * fz);
        if (flat > 1e-6) {
            fx /= flat;
            fz /= flat;
        } else {
            fx = 0;
            fz = 0;
        }
        double cu = eye.x() + fx * AHEAD * SPAN - ground * kx;
        double cv = eye.z() + fz * AHEAD * SPAN - ground * kz;
        u0 = (float) (StrictMath.floor((cu - SPAN / 2) / TEXEL) * TEXEL);
        v0 = (float) (StrictMath.floor((cv - SPAN / 2) / TEXEL) * TEXEL);
        return true;
    }

    /**
     * The terrain cells that may cast onto the map: {colFrom, colTo, rowFrom, rowTo}, cells
     * whose ground lies under the square's light rays between the mesh's lowest and highest
     * points.
     */
    int[] window(GridMesh g) {
        if (rangeOf != g) {
            float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
            for (float y : g.y) {
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
            minY = lo;
            maxY = hi;
            rangeOf = g;
        }
        double sx0 = Math.min(minY * kx, maxY * kx), sx1 = Math.max(minY * kx, maxY * kx);
        double sz0 = Math.min(minY * kz, maxY * kz), sz1 = Math.max(minY * kz, maxY * kz);
        return new int[] {
            cell(g, u0 + sx0 - g.x0, -1), cell(g, u0 + SPAN + sx1 - g.x0, 2),
            cell(g, v0 + sz0 - g.z0, -1), cell(g, v0 + SPAN + sz1 - g.z0, 2)};
    }

    private static int cell(GridMesh g, double offset, int pad) {
        int c = (int) StrictMath.floor(offset / g.spacing) + pad;
        return Math.max(0, Math.min(g.cells, c));
    }

    /** The caster list of work item {@code i}, cleared, for this frame's light. */
    ShadowCasters casters(int i) {
        ShadowCasters c = casters[i];
        c.begin(this);
        return c;
    }

    /** Rasterizes every caster list into the map, one band of rows per work item. */
    void rasterize(WorkerPool pool) {
        int rows = SIZE / BANDS;
        pool.forEach(BANDS, (band, task) -> {
            int from = band * rows;
            Arrays.fill(height, from * SIZE, (from + rows) * SIZE, Float.NEGATIVE_INFINITY);
            for (ShadowCasters c : casters) c.rasterize(height, from, from + rows);
        });
    }

    /**
     * Darkens the lit pixels of one tile that the map shades: each pixel's colour carries the
     * share of its light that is direct in bits 24…31 (0 = none); those bits are cleared.
     */
    void shadeTile(int[] bounds, float[] depth, int[] rgb, int waterMark, Projection pr) {
        int x0 = bounds[0], y0 = bounds[1], x1 = bounds[2], y1 = bounds[3];
        int width = pr.width;
        float ex = (float) pr.eyeX, ey = (float) pr.eyeY, ez = (float) pr.eyeZ;
        float inv = 1 / TEXEL;
        for (int y = y0; y <= y1; y++) {
            int d = (y - y0) * TriangleBins.TILE;
            int p = y * width + x0;
            for (int x = x0; x <= x1; x++, d++, p++) {
                int c = rgb[p];
                int share = c >>> 24;
                if (share == 0 || c == waterMark || depth[d] == 0) continue;
                c &= 0xFFFFFF;
                if (strength > 0) {
                    float w = 1 / depth[d];
                    float wx = ex + (pr.rayX0 + pr.rayXdx * x + pr.rayXdy * y) * w;
                    float wy = ey + (pr.rayY0 + pr.rayYdx * x + pr.rayYdy * y) * w;
                    float wz = ez + (pr.rayZ0 + pr.rayZdx * x + pr.rayZdy * y) * w;
                    float u = (wx - wy * kx - u0) * inv - 0.5f;
                    float v = (wz - wy * kz - v0) * inv - 0.5f;
                    float s = shadow(u, v, wy);
                    if (s > 0) c = darken(c, 1 - s * share * (1f / 255));
                }
                rgb[p] = c;
            }
        }
    }

    /** 0 … 1 shadow at texel position (u, v) for a receiver at height {@code y}, faded. */
    float shadow(float u, float v, float y) {
        if (!(u >= 0 && v >= 0 && u < SIZE - 1 && v < SIZE - 1)) return 0;
        int i = (int) u, j = (int) v;
        float fu = u - i, fv = v - j;
        int t = j * SIZE + i;
        float limit = y + BIAS;
        float a = height[t] > limit ? 1 : 0;
        float b = height[t + 1] > limit ? 1 : 0;
        float c = height[t + SIZE] > limit ? 1 : 0;
        float e = height[t + SIZE + 1] > limit ? 1 : 0;
        float s = (a + (b - a) * fu) * (1 - fv) + (c + (e - c) * fu) * fv;
        if (s == 0) return 0;
        // Fade towards the square's edges (max norm from the centre, 0 … 1).
        float half = SIZE / 2f;
        float r = Math.max(Math.abs(u - half), Math.abs(v - half)) / half;
        float keep = Math.min(1, (1 - r) / FADE);
        return s * keep * strength;
    }

    private static int darken(int c, float k) {
        int r = (int) (((c >> 16) & 255) * k);
        int g = (int) (((c >> 8) & 255) * k);
        int b = (int) ((c & 255) * k);
        return (r << 16) | (g << 8) | b;
    }
}
