package dev.longshot.render;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;
import dev.longshot.world.scenery.Things;
import java.util.ArrayList;
import java.util.List;

/**
 * The lamps that light their surroundings in one frame: every lantern, torch, campfire and
 * street lamp of the scene once it is dark enough, each a point of its recipe's colour at its
 * flame or lamp, reaching its recipe's {@code radiusM} with a smooth falloff, brighter the
 * darker the night. The vertex stage adds their light to ambient and sun ({@link #add}); no
 * shadows. Deterministic: a pure function of the frame's scenery and light.
 */
final class PointLights {
    /** No lamps: the vertex stage skips them. */
    static final PointLights NONE = new PointLights(new float[0], 0, 0, 0, 0);
    /** Light at the lamp, as a multiple of its colour (the sun's is 1 at noon). */
    private static final float STRENGTH = 1.6f;
    /** How far the light reaches beyond the recipe's radius (the falloff is smooth). */
    private static final double REACH = 1.5;
    /** Per lamp: x, y, z, r, g, b (0 … 1, scaled by strength and dark), 1 / radius². */
    private static final int STRIDE = 7;

    private final float[] lamps;
    private final int count;
    // Bounds of every lamp's reach, to skip the vertices far from all of them quickly.
    private final float minX, maxX, minZ;
    private final float maxZ;

    private PointLights(float[] lamps, float minX, float maxX, float minZ, float maxZ) {
        this.lamps = lamps;
        this.count = lamps.length / STRIDE;
        this.minX = minX;
        this.maxX = maxX;
        this.minZ = minZ;
        this.maxZ = maxZ;
    }

    /** The lamps of {@code spec}'s scenery as they shine in its light. */
    static PointLights of(FrameSpec spec) {
        double dark = LightMeshes.darkness(spec.lighting());
        Terrain t = spec.terrain();
        if (dark < LightMeshes.DUSK || t == null) return NONE;
        List<Prop> lit = new ArrayList<>();
        for (Prop p : t.scenery().props()) if (p.kind() == PropKind.LIGHT) lit.add(p);
        if (lit.isEmpty()) return NONE;
        float[] a = new float[lit.size() * STRIDE];
        float x0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, z0 = Float.MAX_VALUE;
        float z1 = -Float.MAX_VALUE;
        float k = (float) (STRENGTH * (dark - LightMeshes.DUSK) / (1 - LightMeshes.DUSK)) / 255f;
        for (int i = 0; i < lit.size(); i++) {
            Prop p = lit.get(i);
            int c = LightMeshes.colour(p.thing());
            float reach = (float) (REACH * Things.recipe(p.thing()).number("radiusM", 5));
            Vec3 at = LightMeshes.lampAt(p);
            int o = i * STRIDE;
            a[o] = (float) at.x();
            a[o + 1] = (float) at.y();
            a[o + 2] = (float) at.z();
            a[o + 3] = Colors.red(c) * k;
            a[o + 4] = Colors.green(c) * k;
            a[o + 5] = Colors.blue(c) * k;
            a[o + 6] = 1 / (reach * reach);
            x0 = Math.min(x0, a[o] - reach);
            x1 = Math.max(x1, a[o] + reach);
            z0 = Math.min(z0, a[o + 2] - reach);
            z1 = Math.max(z1, a[o + 2] + reach);
        }
        return new PointLights(a, x0, x1, z0, z1);
    }

    boolean none() {
        return count == 0;
    }

    /**
     * Adds the lamps' light at (x, y, z) to {@code rgb} (light factors, as ambient is): each
     * lamp within reach gives its colour × (1 − d²/r²)².
     */
    void add(double x, double y, double z, float[] rgb) {
        if (x < minX || x > maxX || z < minZ || z > maxZ) return;
        for (int i = 0; i < count; i++) {
            int o = i * STRIDE;
            float dx = (float) x - lamps[o], dy = (float) y - lamps[o + 1];
            float dz = (float) z - lamps[o + 2];
            float q = 1 - (dx * dx + dy * dy + dz * dz) * lamps[o + 6];
            if (q <= 0) continue;
            q *= q;
            rgb[0] += lamps[o + 3] * q;
            rgb[1] += lamps[o + 4] * q;
            rgb[2] += lamps[o + 5] * q;
        }
    }
}
