package dev.longshot.render;

import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.Prop;

/**
 * Trees of a shape of their own and low plants: the flat-topped acacia of the savanna, the
 * palm with its leaning trunk and drooping fronds, clumps of bamboo, a tree in pink blossom,
 * patches of flowers and tufts of tall grass.
 */
final class PlantMeshes {
    private static final int BARK = 0x5A4632;

    private PlantMeshes() {}

    static void build(MeshBatch b, Prop p) {
        Xform f = SceneryMeshes.frame(p);
        double h = p.height();
        switch (p.thing()) {
            case "acacia" -> {
                Primitives.frustum(b, f.translate(0, -0.3, 0).scale(1, h * 0.75, 1), 5,
                        0.05 * h, 0.03 * h, BARK);
                Xform crown = f.translate(0, h * 0.82, 0);
                Primitives.ellipsoid(b, crown.scale(h * 0.55, h * 0.12, h * 0.48), 3, 8,
                        Terrain.lerpRgb(0x5E7A2A, 0x7A8A36, p.unit(1)));
            }
            case "palm" -> palm(b, f, p, h);
            case "" -> {
                // A jungle's own tree: a tall bare trunk under a broad, flat crown.
                Primitives.frustum(b, f.translate(0, -0.3, 0).scale(1, h * 0.7, 1), 5,
                        0.05 * h, 0.035 * h, BARK);
                int leaf = Terrain.lerpRgb(0x2E5A1E, 0x4A7A2A, p.unit(1));
                Primitives.ellipsoid(b, f.translate(0, h * 0.72, 0).scale(h * 0.42, h * 0.2,
                        h * 0.4), 3, 8, leaf);
            }
            case "bamboo" -> {
                for (int k = 0; k < 6; k++) {
                    double a = 2 * StrictMath.PI * (k / 6.0 + p.unit(10 + k) * 0.1);
                    double r = 0.5 * p.unit(20 + k) + 0.2, tall = h * (0.7 + 0.3 * p.unit(30 + k));
                    Xform stem = f.translate(r * StrictMath.cos(a), -0.2, r * StrictMath.sin(a))
                            .rotateZ(6 * (p.unit(40 + k) - 0.5));
                    Primitives.frustum(b, stem.scale(1, tall, 1), 5, 0.07, 0.05, 0x6A9A3A);
                    Primitives.ellipsoid(b, stem.translate(0, tall * 0.85, 0)
                            .scale(0.9, tall * 0.18, 0.9), 2, 6, 0x5A8A30);
                }
            }
            case "blossom-tree" -> {
                Primitives.frustum(b, f.translate(0, -0.3, 0).scale(1, h * 0.55, 1), 6,
                        0.05 * h, 0.035 * h, BARK);
                int pink = Parts.palette("blossom-tree", 0, 0xF4B8C8);
                Primitives.ellipsoid(b, f.translate(0, h * 0.68, 0).scale(h * 0.4, h * 0.3,
                        h * 0.4), 4, 8, Terrain.lerpRgb(pink, 0xFFFFFF, 0.3 * p.unit(1)));
            }
            case "flowers" -> flowers(b, f, p);
            case "tall-grass" -> {
                for (int k = 0; k < 7; k++) {
                    double x = p.width() * (p.unit(10 + k) - 0.5), z = p.depth() * (p.unit(20 + k)
                            - 0.5);
                    Primitives.frustum(b, f.translate(x, -0.1, z).scale(1, h, 1), 3, 0.25, 0,
                            Terrain.lerpRgb(0x8A9A4A, 0xB0A860, p.unit(30 + k)));
                }
            }
            default -> Primitives.ellipsoid(b, f.translate(0, h / 2, 0).scale(h / 3, h / 2, h / 3),
                    3, 6, 0x4A7A2C);
        }
    }

    private static void palm(MeshBatch b, Xform f, Prop p, double h) {
        double lean = 8 + 10 * p.unit(2);
        Xform trunk = f.rotateZ(lean);
        int segs = 4;
        for (int k = 0; k < segs; k++) {
            Primitives.frustum(b, trunk.translate(0, -0.3 + h * k / segs, 0).scale(1, h / segs, 1),
                    6, 0.22 - 0.02 * k, 0.2 - 0.02 * k, 0x8A7050);
        }
        Xform top = trunk.translate(0, h, 0);
        for (int k = 0; k < 7; k++) {
            Xform frond = top.rotateY(360.0 * k / 7 + 40 * p.unit(3)).rotateX(-25)
                    .translate(0, 0, h * 0.22);
            Primitives.wedge(b, frond.scale(h * 0.16, 0.25, h * 0.45),
                    Terrain.lerpRgb(0x3E7A2A, 0x5A8E30, p.unit(4 + k)));
        }
    }

    private static void flowers(MeshBatch b, Xform f, Prop p) {
        int n = 9;
        for (int k = 0; k < n; k++) {
            double x = p.width() * (p.unit(10 + k) - 0.5), z = p.depth() * (p.unit(20 + k) - 0.5);
            Parts.block(b, f.translate(x, 0, z), 0.04, 0.04, -0.1, 0.35, 0x3A6A2A);
            int rgb = Parts.palette("flowers", (int) (p.unit(30 + k) * 3), 0xE84A6A);
            Primitives.ellipsoid(b, f.translate(x, 0.4, z).scale(0.16, 0.09, 0.16), 2, 5, rgb);
        }
    }
}
