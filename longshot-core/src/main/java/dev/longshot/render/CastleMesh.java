package dev.longshot.render;

import dev.longshot.catalog.CatalogRecipe;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.Things;

/**
 * A medieval castle from its recipe: a square of crenellated curtain walls ({@code walls}:
 * their height as a share of the castle's), a round tower at each corner under a slate cone
 * ({@code towers}: 4, or 0 for none), a square keep with battlements in the middle, and on
 * the front (local +z, which the layout turns to the camera) a gatehouse of two drum towers
 * round a dark arch with its drawbridge let down ({@code gate}: {@code gatehouse} or
 * {@code none}), a part of its own that the entity-id buffer counts as a gate. Called with
 * the castle's part open, it leaves a castle part open. The prop's box gives the size: width across, height of the keep.
 */
final class CastleMesh {
    private static final int STONE = 0x9A948A, SHADE = 0x7E786E, SLATE = 0x3D3D44;
    private static final int DARK = 0x1E1A16, TIMBER = 0x6A4A30;
    /** Thickness of the curtain wall, metres. */
    private static final double THICK = 2.5;
    /** Width of the gate's opening, metres. */
    private static final double GATE = 4.5;

    private CastleMesh() {}

    static void build(MeshBatch b, Xform f, Prop p) {
        CatalogRecipe r = Things.recipe("castle");
        double w = p.width(), h = p.height();
        double wall = h * r.number("walls", 0.4);
        boolean gate = !"none".equals(r.text("gate", "gatehouse"));
        int stone = STONE;
        for (int s = 0; s < 4; s++) {
            Xform side = f.rotateY(90 * s).translate(0, 0, w / 2);
            if (s == 0 && gate) {
                // The front wall in two halves either side of the gate.
                double half = (w - GATE) / 2;
                for (int k = -1; k <= 1; k += 2) {
                    Xform part = side.translate(k * (GATE / 2 + half / 2), 0, 0);
                    Parts.block(b, part, half, THICK, -3, wall, stone);
                    crenels(b, part, half, wall, stone);
                }
            } else {
                Parts.block(b, side, w, THICK, -3, wall, stone);
                crenels(b, side, w, wall, stone);
            }
        }
        if (r.number("towers", 4) > 0) {
            for (int s = 0; s < 4; s++) {
                tower(b, f.rotateY(90 * s).translate(w / 2, 0, w / 2), 3.4, wall + 7, true);
            }
        }
        StyledBuildings.keep(b, f.translate(0, 0, -w * 0.08), w * 0.35, h);
        if (gate) {
            // The gatehouse is the castle's gate: its own part, shown as the catalog's gate
            // (the line "the gatehouse and the drawbridge" asks for it).
            b.endPart();
            b.beginPart(EntityIds.bundled().of("gate"));
            gatehouse(b, f.translate(0, 0, w / 2), wall);
            b.endPart();
            b.beginPart(EntityIds.bundled().of("castle"));
        }
    }

    /** Merlons along both edges of a wall top {@code len} long (local x), a gap between. */
    private static void crenels(MeshBatch b, Xform top, double len, double wall, int rgb) {
        for (double x = -len / 2 + 0.6; x < len / 2 - 0.3; x += 2.2) {
            for (int e = -1; e <= 1; e += 2) {
                Parts.block(b, top.translate(x, 0, e * (THICK / 2 - 0.3)), 1.1, 0.6, wall,
                        wall + 1.2, rgb);
            }
        }
    }

    /** A round tower {@code tall} high with a ring of merlons, under a cone when roofed. */
    private static void tower(MeshBatch b, Xform at, double r, double tall, boolean roofed) {
        Primitives.frustum(b, at.translate(0, -3, 0).scale(1, tall + 3, 1), 10, r, r * 0.92,
                STONE);
        for (int k = 0; k < 8; k++) {
            double a = StrictMath.toRadians(45 * k + 22.5);
            Parts.block(b, at.translate(r * 0.85 * StrictMath.sin(a), 0,
                    r * 0.85 * StrictMath.cos(a)), 0.9, 0.9, tall, tall + 1.1, STONE);
        }
        if (roofed) {
            Primitives.frustum(b, at.translate(0, tall + 0.6, 0).scale(1, 5.5, 1), 10, r * 0.8,
                    0, SLATE);
        }
    }

    /**
     * The gatehouse on the front wall: two drum towers taller than the wall, a block over
     * the arch, the arch's dark opening and the drawbridge lying in front of it.
     */
    private static void gatehouse(MeshBatch b, Xform front, double wall) {
        double tall = wall + 4;
        for (int k = -1; k <= 1; k += 2) {
            tower(b, front.translate(k * (GATE / 2 + 2.2), 0, 1.2), 2.6, tall, false);
        }
        Parts.block(b, front.translate(0, 0, 0.4), GATE + 1, THICK + 1.2, wall * 0.55, tall,
                SHADE);
        crenels(b, front.translate(0, 0, 0.4), GATE + 1, tall, SHADE);
        Parts.block(b, front.translate(0, 0, THICK / 2 + 0.05), GATE, 0.1, 0,
                wall * 0.55, DARK);                                             // the arch
        Parts.block(b, front.translate(0, 0, THICK / 2 + 3.2), GATE - 0.6, 6, -0.1, 0.35,
                TIMBER);                                                        // drawbridge
    }
}
