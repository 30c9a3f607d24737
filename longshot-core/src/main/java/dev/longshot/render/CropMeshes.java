package dev.longshot.render;

import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.GroundPalette;
import dev.longshot.world.scenery.Prop;

/**
 * A field of crops: ridged rows running north–south across the prop's rectangle, each row a
 * low roof-shaped strip that follows the ground, in the colour of the field's crop (ripe
 * wheat, green rows, young shoots) and as tall as the prop. Rows that run away from a camera
 * looking north converge on the horizon, so a field reads as farmland even far off.
 */
final class CropMeshes {
    /** Row to row, and the length of one step of a row along the ground, metres. */
    private static final double ROW = 1.8, STEP = 7;

    private CropMeshes() {}

    static void build(MeshBatch b, Prop p, Terrain ground) {
        int base = GroundPalette.fieldCrop(ground, p.x(), p.z());
        // Darker flanks and a lighter crest than the field's ground, so the rows stand out.
        int crop = Terrain.lerpRgb(base, 0x2E3A14, 0.35);
        int top = Terrain.lerpRgb(base, 0xFFF4C0, 0.15);
        int rows = StrictMath.max(1, (int) (p.width() / ROW));
        int steps = StrictMath.max(1, (int) StrictMath.ceil(p.depth() / STEP));
        double half = 0.42 * ROW, h = p.height();
        for (int r = 0; r < rows; r++) {
            double x = p.x() - p.width() / 2 + (r + 0.5) * p.width() / rows;
            int[] prev = null;
            for (int s = 0; s <= steps; s++) {
                double z = p.z() - p.depth() / 2 + s * p.depth() / steps;
                double y = ground.heightAt(x, z);
                // Sway the ridge's height a little along the row, so rows do not look combed.
                double tall = h * (0.85 + 0.3 * p.unit(r * 31 + s));
                int[] v = {
                    b.vertex(x - half, y - 0.05, z, -0.8, 0.6, 0, crop),
                    b.vertex(x, y + tall, z, 0, 1, 0, top),
                    b.vertex(x + half, y - 0.05, z, 0.8, 0.6, 0, crop)};
                if (s == 0 || s == steps) Primitives.wound(b, v[0], v[2], v[1]); // row end
                if (prev != null) {
                    Primitives.wound(b, prev[0], v[0], v[1]);
                    Primitives.wound(b, prev[0], v[1], prev[1]);
                    Primitives.wound(b, prev[1], v[1], v[2]);
                    Primitives.wound(b, prev[1], v[2], prev[2]);
                }
                prev = v;
            }
        }
    }
}
