package dev.longshot.render;

import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.Prop;

/**
 * Hulls and rigs on the water, front at local −z: a rowing boat (in chinese-classical style
 * under a black arched awning, a wupeng boat); a sailboat with a white
 * triangular sail; a junk with a high stern and brown battened sails on three masts; a ship
 * with its superstructure and funnel. The waterline is at local y = 0.
 */
final class Boats {
    /** Soot-black bamboo matting. */
    private static final int AWNING = 0x2A2724;

    private Boats() {}

    static void build(MeshBatch b, Xform f, Prop p, int paint) {
        double len = p.depth(), w = p.width(), h = p.height();
        String id = p.thing();
        int hull = id.equals("ship") ? Parts.palette("ship", 1, 0x2A2A30) : paint;
        double free = id.equals("ship") ? 0.09 * len : 0.12 * len;
        hull(b, f, len, w, free, hull);
        switch (id) {
            case "sailboat" -> {
                Parts.post(b, f.translate(0, 0, -len * 0.05), 0.15, free, h, 0x8A6A44);
                // A triangular sail in the hull's plane: the wedge's end face turned along z.
                Primitives.wedge(b, f.translate(0, free + 0.6, len * 0.1).rotateY(90)
                        .scale(len * 0.42, h - free - 0.8, 0.06),
                        Parts.palette("sailboat", 0, 0xF4F0E6));
            }
            case "junk" -> {
                Parts.block(b, f.translate(0, 0, len * 0.38), w * 0.8, len * 0.22, free,
                        free + 2.2, Terrain.lerpRgb(paint, 0x3A2418, 0.3));   // high stern
                for (int k = 0; k < 3; k++) {
                    double z = -len * 0.3 + k * len * 0.28, mast = h * (k == 1 ? 1 : 0.75);
                    Parts.post(b, f.translate(0, 0, z), 0.25, free, mast, 0x4A3020);
                    junkSail(b, f.translate(0, 0, z + len * 0.06), len * 0.22, free + 1.5, mast,
                            Parts.palette("junk", 1, 0xB8782A));
                }
            }
            case "ship" -> {
                Parts.block(b, f, w * 0.9, len * 0.94, free - 0.5, free + 0.4, 0xA02020);
                Parts.block(b, f.translate(0, 0, len * 0.25), w * 0.8, len * 0.22, free,
                        free + h * 0.3, 0xE8E8E4);
                Primitives.frustum(b, f.translate(0, free + h * 0.3, len * 0.28).scale(1, h * 0.25,
                        1), 8, w * 0.12, w * 0.11, 0x2A2A30);
            }
            default -> {
                Parts.block(b, f, w * 0.85, 0.3, free, free + 0.12, 0x5A4430);  // thwart
                if ("chinese-classical".equals(p.style())) awning(b, f, len, w, free);
            }
        }
    }

    /**
     * The black arched awning of a wupeng boat (乌篷船) amidships: a half-buried barrel of
     * woven bamboo, its lower half inside the hull.
     */
    private static void awning(MeshBatch b, Xform f, double len, double w, double free) {
        Primitives.frustum(b, f.translate(0, free, len * 0.25).rotateX(90).scale(1, len * 0.4, 1),
                8, w * 0.46, w * 0.46, AWNING);
    }

    /** A hull from the waterline to {@code free} above it, its bow a wedge. */
    private static void hull(MeshBatch b, Xform f, double len, double w, double free, int rgb) {
        double body = len * 0.75;
        Parts.block(b, f.translate(0, 0, len * 0.125), w, body, -free * 0.5, free, rgb);
        // The bow: a wedge whose apex points forward (local y turned to −z).
        Xform bow = f.translate(0, free * 0.25, -len * 0.25).rotateX(90);
        Primitives.wedge(b, bow.scale(w, len * 0.25, free * 1.5), rgb);
    }

    /** A battened lug sail: a panel with dark battens across it. */
    private static void junkSail(MeshBatch b, Xform f, double width, double y0, double y1,
                                 int rgb) {
        Parts.block(b, f, 0.08, width, y0, y1, rgb);
        for (double y = y0 + 1; y < y1; y += 1.4) {
            Parts.block(b, f, 0.14, width + 0.1, y, y + 0.12, 0x3A2418);
        }
    }
}
