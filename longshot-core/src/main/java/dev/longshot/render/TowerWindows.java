package dev.longshot.render;

import dev.longshot.world.scenery.Prop;

/**
 * A city tower's lit windows at night: in each band of its glass ({@link BuildingMeshes}),
 * on all four sides, a row of panes of which some are lit — warm home light on most towers,
 * cool office light on some — and some floors dark. Which panes are lit is seeded per tower,
 * so the same ones every frame. Emissive panes just outside the glass; no light thrown.
 */
final class TowerWindows {
    private static final int WARM = 0xFFD890, COOL = 0xD8E6F4;
    /** Width of one pane and its mullion, metres. */
    private static final double PANE = 2.6;

    private TowerWindows() {}

    /** The lit panes of tower {@code p}. */
    static void build(MeshBatch b, Prop p) {
        Xform f = SceneryMeshes.frame(p);
        double h = p.height();
        int bands = BuildingMeshes.bands(h);
        double band = 0.45 * BuildingMeshes.pitch(h);
        double share = 0.3 + 0.4 * p.unit(90);
        int light = p.unit(91) < 0.7 ? WARM : COOL;
        for (int k = 0; k < bands; k++) {
            if (p.unit(200 + k) < 0.2) continue;                  // a dark floor
            double y0 = BuildingMeshes.bandFoot(h, k) + 0.15 * band;
            double y1 = y0 + 0.7 * band;
            for (int side = 0; side < 4; side++) {
                boolean across = side % 2 == 0;
                double wide = (across ? p.width() : p.depth()) + 0.3;
                double out = (across ? p.depth() : p.width()) / 2 + 0.2;
                int panes = (int) StrictMath.max(2, StrictMath.min(12,
                        StrictMath.round(wide / PANE)));
                double step = wide / panes;
                Xform face = f.rotateY(90 * side);
                for (int i = 0; i < panes; i++) {
                    if (p.unit(300 + 53 * k + 13 * side + i) >= share) continue;
                    double x0 = -wide / 2 + i * step + 0.2, x1 = x0 + step - 0.4;
                    // some panes dimmer: curtains, a lamp further in
                    int rgb = Colors.mix(light, 0, (int) (90 * p.unit(700 + 53 * k + 13 * side
                            + i)));
                    pane(b, face, x0, x1, y0, y1, out, MeshBatch.GLOW | rgb);
                }
            }
        }
    }

    // A flat pane from x0 to x1, y0 to y1, facing +z at z = out in frame f.
    private static void pane(MeshBatch b, Xform f, double x0, double x1, double y0, double y1,
                             double out, int rgb) {
        int v0 = b.vertex(f, x0, y0, out, 0, 0, 1, rgb);
        int v1 = b.vertex(f, x1, y0, out, 0, 0, 1, rgb);
        int v2 = b.vertex(f, x1, y1, out, 0, 0, 1, rgb);
        int v3 = b.vertex(f, x0, y1, out, 0, 0, 1, rgb);
        Primitives.wound(b, v0, v1, v2);
        Primitives.wound(b, v0, v2, v3);
    }
}
