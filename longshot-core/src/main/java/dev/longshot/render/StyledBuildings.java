package dev.longshot.render;

import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.HouseFamily;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;

/**
 * Houses, towers and temples in a style: chinese-classical halls of red timber and pale
 * plaster under curved grey-tiled roofs with swept-up corners, wooden shopfronts, watchtowers
 * and pagodas; medieval-european stone keeps and a church; the houses of the other styles
 * are their {@link HouseFamily}'s ({@link TownHouses}); a palace in every style
 * ({@link PalaceMeshes}). Greco-roman temples and unstyled buildings are
 * {@link BuildingMeshes}' own.
 */
final class StyledBuildings {
    static final int TILE = 0x3E3E40, TIMBER = 0x8B2A1E, PLASTER = 0xE2D6BC, PLINTH = 0x9A948A;
    private static final int SLATE = 0x3D3D44, STONE = 0x8A8680;
    private static final double FOUNDATION = 3;

    private StyledBuildings() {}

    /** Whether {@code style} has buildings of its own here (else BuildingMeshes draws). */
    static boolean draws(Prop p) {
        if (p.thing().equals("palace")) return true;   // a palace in every style
        if (p.style() == null) return false;
        return switch (p.style()) {
            case "chinese-classical", "medieval-european" -> true;
            case "modern", "greco-roman" -> p.kind() == PropKind.HOUSE;
            default -> false;
        };
    }

    static void build(MeshBatch b, Prop p) {
        switch (p.kind()) {
            case HOUSE -> house(b, p);
            case TOWER -> tower(b, p);
            case TEMPLE -> temple(b, p);
            default -> BuildingMeshes.build(b, p);
        }
    }

    private static void house(MeshBatch b, Prop p) {
        Xform f = SceneryMeshes.frame(p);
        double walls = StrictMath.max(3, p.height() - 0.5 * p.depth());
        HouseFamily family = HouseFamily.of(p.style());
        if (p.style().equals("chinese-classical") || family == null) {
            hall(b, f, p.width(), p.depth(), walls, 0.45 * p.depth(),
                    p.thing().equals("shopfront") || p.unit(6) < 0.4);
        } else {
            TownHouses.build(b, p, family, walls);
        }
    }

    /**
     * A chinese-classical hall: stone plinth, red posts and beams, plaster panels (or an open
     * wooden shopfront with a counter), a curved tiled roof overhanging on all sides.
     */
    static void hall(MeshBatch b, Xform f, double w, double d, double walls, double rise,
                     boolean shop) {
        Parts.block(b, f, w + 0.8, d + 0.8, -FOUNDATION, 0.5, PLINTH);
        Parts.block(b, f, w, d, 0.5, walls, PLASTER);
        for (int k = 0; k <= 4; k++) {   // red posts along the front and back
            double x = -w / 2 + w * k / 4;
            Parts.block(b, f.translate(x, 0, d / 2), 0.35, 0.35, 0.5, walls, TIMBER);
            Parts.block(b, f.translate(x, 0, -d / 2), 0.35, 0.35, 0.5, walls, TIMBER);
        }
        Parts.block(b, f.translate(0, 0, d / 2 + 0.05), w, 0.3, walls - 0.6, walls, TIMBER);
        if (shop) {
            Parts.block(b, f.translate(0, 0, d / 2 + 0.1), w * 0.8, 0.2, 0.5, walls - 0.7,
                    0x5A3A22);                                               // wooden boards
            Parts.block(b, f.translate(0, 0, d / 2 + 0.6), w * 0.7, 0.9, 0.5, 1.4, 0x7A5030);
        } else {
            Parts.block(b, f.translate(0, 0, d / 2 + 0.1), 1.4, 0.2, 0.5, 2.6, TIMBER); // door
        }
        CurvedRoof.build(b, f.translate(0, walls, 0), w + 2.2, d + 2.2, rise, TILE);
    }

    private static void tower(MeshBatch b, Prop p) {
        Xform f = SceneryMeshes.frame(p);
        if (p.style().equals("chinese-classical")) {
            pagoda(b, f, p.width(), StrictMath.min(p.height(), 34), 5);
            return;
        }
        keep(b, f, p.width(), StrictMath.min(p.height(), 30));
    }

    /** A pagoda of {@code tiers} storeys, each narrower, each under its own curved eaves. */
    static void pagoda(MeshBatch b, Xform f, double w, double tall, int tiers) {
        Parts.block(b, f, w + 2, w + 2, -FOUNDATION, 0.8, PLINTH);
        double y = 0.8, storey = (tall - 0.8) / (tiers + 0.6);
        for (int k = 0; k < tiers; k++) {
            double s = w * (1 - 0.09 * k);
            Parts.block(b, f, s, s, y, y + storey * 0.7, k % 2 == 0 ? TIMBER : PLASTER);
            CurvedRoof.build(b, f.translate(0, y + storey * 0.7, 0), s + 2.4, s + 2.4,
                    storey * 0.45, TILE);
            y += storey;
        }
        Primitives.frustum(b, f.translate(0, y - storey * 0.1, 0).scale(1, storey * 0.9, 1), 6,
                0.35, 0.05, 0xB8902A);                                       // finial
    }

    /** A square stone keep with battlements. */
    static void keep(MeshBatch b, Xform f, double w, double tall) {
        Parts.block(b, f, w, w, -FOUNDATION, tall, STONE);
        for (int i = 0; i < 4; i++) {
            for (int k = -2; k <= 2; k += 2) {
                double along = w * k / 5;
                double[][] at = {{along, w / 2 - 0.4}, {along, -w / 2 + 0.4},
                    {w / 2 - 0.4, along}, {-w / 2 + 0.4, along}};
                Parts.block(b, f.translate(at[i][0], 0, at[i][1]), 0.9, 0.9, tall, tall + 1.1,
                        STONE);
            }
        }
        Parts.block(b, f.translate(0, 0, w / 2 + 0.05), 1.6, 0.1, 0, 3.2, 0x3A2A1E);
    }

    private static void temple(MeshBatch b, Prop p) {
        if (p.thing().equals("palace")) {
            PalaceMeshes.build(b, p);
            return;
        }
        Xform f = SceneryMeshes.frame(p);
        if (p.style().equals("chinese-classical")) {
            double w = p.width(), d = p.depth();   // a hall on a terrace, double eaves
            Parts.block(b, f, w + 6, d + 6, -FOUNDATION, 1.6, PLINTH);
            Xform up = f.translate(0, 1.1, 0);
            hall(b, up, w, d * 0.7, 0.4 * p.height(), 0.12 * d, false);
            Parts.block(b, up, w * 0.7, d * 0.5, 0.4 * p.height(), 0.62 * p.height(), TIMBER);
            CurvedRoof.build(b, up.translate(0, 0.62 * p.height(), 0), w * 0.7 + 2.5,
                    d * 0.5 + 2.5, 0.22 * d, TILE);
            return;
        }
        church(b, f, p);
    }

    /** A stone church: nave under slate, a tower with a spire at its west end. */
    private static void church(MeshBatch b, Xform f, Prop p) {
        double w = p.width() * 0.6, d = p.depth(), walls = 0.6 * p.height();
        Parts.block(b, f, w, d, -FOUNDATION, walls, Terrain.lerpRgb(STONE, 0xC8C0B0, 0.4));
        Primitives.wedge(b, f.translate(0, walls, 0).scale(w + 0.6, 0.7 * w, d + 0.6), SLATE);
        Xform t = f.translate(0, 0, d / 2 + w * 0.35);
        keep(b, t, w * 0.7, p.height() * 1.2);
        Primitives.frustum(b, t.translate(0, p.height() * 1.2, 0).scale(1, p.height() * 0.8, 1),
                4, w * 0.45, 0, SLATE);
    }
}
