package dev.longshot.render;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The glow round every lamp at night, in screen space: a soft disc of the lamp's colour
 * added over what is drawn round its flame — a bright core and a wide halo, as a lens sees a
 * flame in the dark — brighter the darker it is, fading in fog, flickering a little for
 * fires. A pixel nearer the camera than the lamp by more than its halo's radius is in front
 * of it and gets none, so walls hide the lamps behind them. Far lamps keep a few pixels of
 * glow: a night city's lamps read as points of light. The core's pixels count as the lamp in
 * the entity-id buffer (it is what one sees of a lamp at night). Built once per frame on one
 * thread (one projection per lamp); each tile task adds the lamps that reach its tile, so the
 * result does not depend on threads.
 */
final class LampGlow {
    /** Nothing to add. */
    static final LampGlow NONE = new LampGlow();
    private static final int TILE = TriangleBins.TILE;
    /** Per lamp: screen x, y, radius (px), 1/w of its light, r, g, b (0 … 255 at full). */
    private static final int STRIDE = 7;
    /** Share of the radius inside which the glow is the lamp itself. */
    private static final float CORE = 0.35f;

    private Terrain builtFor;
    private final List<Prop> lamps = new ArrayList<>();
    private float[] glow = new float[0];
    private int[] entity = new int[0];
    private int n;

    /** Rebuilds the glows of one frame: none by day. */
    LampGlow build(FrameSpec spec, Projection proj, Fog fog) {
        n = 0;
        Terrain t = spec.terrain();
        double dark = LightMeshes.darkness(spec.lighting());
        if (t == null || dark < LightMeshes.DUSK) return this;
        if (t != builtFor) {
            lamps.clear();
            for (Prop p : t.scenery().props()) if (glows(p)) lamps.add(p);
            builtFor = t;
        }
        if (glow.length < lamps.size() * STRIDE) {
            glow = new float[lamps.size() * STRIDE];
            entity = new int[lamps.size()];
        }
        double focal = proj.height / (2 * proj.tanV);
        double level = (dark - LightMeshes.DUSK) / (1 - LightMeshes.DUSK);
        int minPx = Math.max(2, proj.height / 240);
        for (Prop p : lamps) {
            double r = radius(p);
            Vec3 at = LightMeshes.lampAt(p);
            double x = at.x(), y = at.y(), z = at.z();
            if (!proj.sees(x, y, z, r)) continue;
            Mat4 m = proj.clipFromWorld;
            double w = m.apply(3, x, y, z);
            if (w < Projection.NEAR + r) continue;   // the camera is inside the glow
            double px = (m.apply(0, x, y, z) / w * 0.5 + 0.5) * proj.width;
            double py = (0.5 - m.apply(1, x, y, z) / w * 0.5) * proj.height;
            double k = level * flicker(p, spec.worldSeconds())
                    * (1 - fog.amount((float) w));
            if (k < 0.02) continue;
            int c = LightMeshes.colour(p.thing());
            int o = n * STRIDE;
            glow[o] = (float) px;
            glow[o + 1] = (float) py;
            glow[o + 2] = (float) Math.min(proj.height / 3.0, Math.max(minPx, r * focal / w));
            glow[o + 3] = (float) (1 / (w - r));
            glow[o + 4] = (float) (Colors.red(c) * k);
            glow[o + 5] = (float) (Colors.green(c) * k);
            glow[o + 6] = (float) (Colors.blue(c) * k);
            entity[n++] = EntityIds.bundled().of(p);
        }
        return this;
    }

    /** The lamps that glow: the catalog's lights and the lighthouse's lamp. */
    static boolean glows(Prop p) {
        return p.kind() == PropKind.LIGHT || p.thing().equals("lighthouse");
    }

    // Halo radius in metres: a bonfire's is wide, a lighthouse's lamp is seen from afar.
    private static double radius(Prop p) {
        return switch (p.thing()) {
            case "campfire" -> 2.2 * p.width() / 1.6;
            case "lighthouse" -> 5;
            case "street-lamp" -> 1.6;
            default -> 1.3;
        };
    }

    // A fire's light wavers (two slow waves at the prop's own phases); lamps burn steady.
    private static double flicker(Prop p, double seconds) {
        if (!(p.thing().equals("torch") || p.thing().equals("campfire"))) return 1;
        double a = StrictMath.sin(7.3 * seconds + 6.28 * p.unit(61));
        double b = StrictMath.sin(17.9 * seconds + 6.28 * p.unit(62));
        return 0.9 + 0.06 * a + 0.04 * b;
    }

    /**
     * Adds the glows that reach this tile to {@code rgb}, where the tile's depth (1/w, 0 =
     * sky) is not in front of the lamp; the core's pixels become the lamp's in {@code ids},
     * moved between the tile's {@code counts}.
     */
    void apply(int[] bounds, float[] depth, int[] rgb, int[] ids, int width, int[] counts) {
        int x0 = bounds[0], y0 = bounds[1], x1 = bounds[2], y1 = bounds[3];
        for (int i = 0; i < n; i++) {
            int o = i * STRIDE;
            float cx = glow[o], cy = glow[o + 1], r = glow[o + 2], near = glow[o + 3];
            int bx0 = Math.max(x0, (int) Math.floor(cx - r));
            int bx1 = Math.min(x1, (int) Math.floor(cx + r));
            int by0 = Math.max(y0, (int) Math.floor(cy - r));
            int by1 = Math.min(y1, (int) Math.floor(cy + r));
            if (bx0 > bx1 || by0 > by1) continue;
            float inv = 1 / (r * r);
            for (int y = by0; y <= by1; y++) {
                float dy = y + 0.5f - cy;
                for (int x = bx0; x <= bx1; x++) {
                    int d = (y - y0) * TILE + x - x0;
                    if (depth[d] > near) continue;              // in front of the lamp
                    float dx = x + 0.5f - cx;
                    float q = 1 - (dx * dx + dy * dy) * inv;
                    if (q <= 0) continue;
                    // A wide soft halo and a tight bright core.
                    float core = q > 1 - CORE * CORE ? (q - 1 + CORE * CORE) / (CORE * CORE) : 0;
                    float s = 0.45f * q * q + 0.9f * core;
                    int p = y * width + x;
                    int c = rgb[p];
                    rgb[p] = Colors.pack(Colors.red(c) + glow[o + 4] * s,
                            Colors.green(c) + glow[o + 5] * s, Colors.blue(c) + glow[o + 6] * s);
                    if (core > 0.5f && ids[p] != entity[i]) {
                        counts[ids[p]]--;
                        counts[entity[i]]++;
                        ids[p] = entity[i];
                    }
                }
            }
        }
    }
}
