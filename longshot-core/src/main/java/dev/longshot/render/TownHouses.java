package dev.longshot.render;

import dev.longshot.world.scenery.HouseFamily;
import dev.longshot.world.scenery.Prop;

/**
 * A town house drawn from its style's {@link HouseFamily}: walls in one of the family's
 * facade colours, a window in every cell of its {@link WindowGrid} on the front and back (some
 * catching the sky), a door or a shopfront under a coloured awning on the street side, and a
 * flat roof behind a parapet, a gable, a steep gable or a curved tiled roof. Medieval houses
 * add dark timber framing. Everything is picked by the house's seeded numbers.
 */
final class TownHouses {
    private static final int GLASS = 0x2E3844, SKY_GLASS = 0x5A6C80, SHOP_GLASS = 0x3A4A58;
    private static final double FOUNDATION = 3;

    private TownHouses() {}

    /** House {@code p} of family {@code fam} with walls {@code walls} metres high. */
    static void build(MeshBatch b, Prop p, HouseFamily fam, double walls) {
        Xform f = SceneryMeshes.frame(p);
        double w = p.width(), d = p.depth();
        Parts.block(b, f, w, d, -FOUNDATION, walls, fam.facade(p));
        boolean shop = fam.shop(p);
        windows(b, f, p, walls, shop);
        if (fam.roofType(p) == HouseFamily.Roof.STEEP) timbers(b, f, w, d, walls, fam.trim());
        Xform front = f.translate(0, 0, d / 2);
        if (shop) {
            shopfront(b, front, w, fam);
            Parts.block(b, front.translate(0, 0, 0.9), w * 0.8, 1.8, 2.9, 3.1, fam.awning(p));
        } else {
            Parts.block(b, front.translate(0, 0, 0.05), 1.1, 0.2, 0, 2.3, fam.trim());
        }
        roof(b, f.translate(0, walls, 0), p, fam);
    }

    /**
     * Dark glass in every window cell but the door's (and the shop's, on the front); on the
     * ends too, which face along the street.
     */
    private static void windows(MeshBatch b, Xform f, Prop p, double walls, boolean shop) {
        WindowGrid grid = WindowGrid.of(p, walls);
        WindowGrid ends = grid.along(p.depth());
        for (int side = -1; side <= 1; side += 2) {
            Xform face = f.translate(0, 0, side * (p.depth() / 2 + 0.05))
                    .rotateY(side > 0 ? 0 : 180);
            panes(b, face, grid, shop && side > 0, p, 120 + (side > 0 ? 0 : 8));
            Xform end = f.translate(side * (p.width() / 2 + 0.05), 0, 0).rotateY(90 * side);
            panes(b, end, ends, false, p, 160 + (side > 0 ? 0 : 8));
        }
    }

    private static void panes(MeshBatch b, Xform face, WindowGrid grid, boolean shop, Prop p,
                              int salt) {
        for (int s = shop ? 1 : 0; s < grid.storeys(); s++) {
            for (int k = 0; k < grid.across(); k++) {
                if (grid.door(s, k)) continue;
                int glass = p.unit(salt + 16 * s + k) < 0.3 ? SKY_GLASS : GLASS;
                Primitives.box(b, face.translate(grid.x(k), grid.y0(s) + 0.6, 0)
                        .scale(WindowGrid.PANE_W, WindowGrid.PANE_H, 0.1), glass);
            }
        }
    }

    /** A wide shop window and a door in the ground floor of the front. */
    private static void shopfront(MeshBatch b, Xform front, double w, HouseFamily fam) {
        Parts.block(b, front.translate(0, 0, 0.06), w * 0.8, 0.12, 0.4, 2.7, fam.trim());
        Parts.block(b, front.translate(0, 0, 0.1), w * 0.8 - 0.4, 0.12, 0.6, 2.5, SHOP_GLASS);
    }

    /** Dark beams at the corners and between the storeys: a timber-framed front. */
    private static void timbers(MeshBatch b, Xform f, double w, double d, double walls,
                                int beam) {
        for (int side = -1; side <= 1; side += 2) {
            Xform face = f.translate(0, 0, side * (d / 2 + 0.04));
            for (int k = 0; k <= 3; k++) {
                Parts.block(b, face.translate(-w / 2 + w * k / 3, 0, 0), 0.25, 0.1, 1, walls,
                        beam);
            }
            for (double y = HouseFamily.STOREY; y < walls - 1; y += HouseFamily.STOREY) {
                Parts.block(b, face, w, 0.1, y - 0.15, y + 0.1, beam);
            }
        }
    }

    private static void roof(MeshBatch b, Xform top, Prop p, HouseFamily fam) {
        double w = p.width(), d = p.depth();
        int colour = fam.roof(p);
        switch (fam.roofType(p)) {
            case FLAT -> {
                Parts.block(b, top, w + 0.3, d + 0.3, 0, 0.5, fam.trim());        // parapet
                Parts.block(b, top.translate(w * 0.2 * (p.unit(66) - 0.5), 0, 0), 2.2, 2.2,
                        0.5, 1.8, colour);                                     // stair head
            }
            // Ridge along the long side (local x), eaves overhanging.
            case GABLE -> Primitives.wedge(b, top.rotateY(90).scale(d + 0.8, 0.35 * d, w + 0.8),
                    colour);
            case STEEP -> Primitives.wedge(b, top.rotateY(90).scale(d + 0.8, 0.9 * d, w + 0.6),
                    colour);
            case CURVED -> CurvedRoof.build(b, top, w + 2.2, d + 2.2, 0.45 * d, colour);
        }
    }
}
