package dev.longshot.render;

import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;

/**
 * Houses with gable roofs, fences, city towers with bands of windows (dark glass, some
 * catching the sky; their lit windows at night are {@link TowerWindows}'), and the stone of an ancient city — temples with columns and pediments, columns
 * standing, broken and fallen, stretches of ruined wall. Each sits on a foundation that
 * reaches below its foot, so it never floats on sloping ground.
 */
final class BuildingMeshes {
    private static final int[] WALLS = {0xE2DACA, 0xC8B08A, 0xA8A090, 0xA8644C, 0xD8CCB0};
    private static final int[] ROOFS = {0x9A3A2A, 0x4C4C54, 0x9A8050, 0x6A4A30, 0xB0542E};
    private static final int[] FACADES = {0x9A9A96, 0x7C8590, 0xB4AC9C, 0x646C76, 0xA89C88,
        0xC2C0BA};
    private static final int[] STONE = {0xDAD2BE, 0xC8B890, 0xB4A88C};
    private static final int GLASS = 0x2E3844, SKY_GLASS = 0x56687A;
    private static final double FOUNDATION = 3;

    private BuildingMeshes() {}

    static void build(MeshBatch b, Prop p) {
        switch (p.kind()) {
            case HOUSE -> house(b, p);
            case FENCE -> fence(b, p);
            case TOWER -> tower(b, p);
            case TEMPLE -> temple(b, p);
            case COLUMN, BROKEN_COLUMN -> column(b, SceneryMeshes.frame(p), p.width(),
                    p.height(), pick(STONE, p.unit(1)), p.kind() == PropKind.COLUMN);
            case FALLEN_COLUMN -> fallen(b, p);
            case WALL_RUIN -> wall(b, p);
            default -> throw new IllegalArgumentException("no mesh for " + p.kind());
        }
    }

    private static int pick(int[] palette, double u) {
        return palette[(int) (u * palette.length)];
    }

    /** A solid box from {@code y0} to {@code y1} over a w × d footprint in frame f. */
    private static void block(MeshBatch b, Xform f, double w, double d, double y0, double y1,
                              int rgb) {
        Primitives.box(b, f.translate(0, (y0 + y1) / 2, 0).scale(w, y1 - y0, d), rgb);
    }

    private static void house(MeshBatch b, Prop p) {
        Xform f = SceneryMeshes.frame(p);
        double roof = 0.5 * p.depth(), walls = p.height() - roof;
        int wall = pick(WALLS, p.unit(1));
        block(b, f, p.width(), p.depth(), -FOUNDATION, walls, wall);
        // Ridge along the long side (local x), eaves overhanging.
        Xform gable = f.translate(0, walls, 0).rotateY(90)
                .scale(p.depth() + 0.8, roof, p.width() + 0.8);
        Primitives.wedge(b, gable, pick(ROOFS, p.unit(2)));
        block(b, f.translate(0, 0, p.depth() / 2), 1.1, 0.2, 0, 2.1, 0x4A3424);   // door
        block(b, f.translate(p.width() * 0.28, 0, p.depth() * 0.15), 0.7, 0.7,
                walls, walls + roof * 1.05, 0x6A5A50);                              // chimney
    }

    private static void fence(MeshBatch b, Prop p) {
        Xform f = SceneryMeshes.frame(p);
        int wood = 0x7A5A3A;
        double half = p.width() / 2 - 0.08;
        block(b, f.translate(-half, 0, 0), 0.12, 0.12, -0.3, p.height(), wood);
        block(b, f.translate(half, 0, 0), 0.12, 0.12, -0.3, p.height(), wood);
        block(b, f, p.width(), 0.07, 0.45, 0.55, wood);
        block(b, f, p.width(), 0.07, p.height() - 0.15, p.height() - 0.05, wood);
    }

    private static void tower(MeshBatch b, Prop p) {
        Xform f = SceneryMeshes.frame(p);
        double h = p.height();
        block(b, f, p.width(), p.depth(), -FOUNDATION, h, pick(FACADES, p.unit(1)));
        // Bands of windows, every few floors; some catch the sky.
        int bands = bands(h);
        double pitch = pitch(h);
        for (int k = 0; k < bands; k++) {
            boolean bright = p.unit(10 + k) < 0.4;
            ring(b, f.translate(0, bandFoot(h, k), 0)
                    .scale(p.width() + 0.3, 0.45 * pitch, p.depth() + 0.3),
                    bright ? SKY_GLASS : GLASS);
        }
        if (h > 45 && p.unit(3) < 0.6) { // a set-back crown on tall towers
            block(b, f, p.width() * 0.6, p.depth() * 0.6, h, h + 0.12 * h,
                    pick(FACADES, p.unit(4)));
        }
    }

    /** How many bands of windows a tower of height h has. */
    static int bands(double h) {
        return (int) StrictMath.min(9, (h - 4) / 3.6);
    }

    /** Height from one band of a tower's windows to the next; a band is 0.45 of it. */
    static double pitch(double h) {
        return (h - 4) / StrictMath.max(1, bands(h));
    }

    /** Height of the foot of band k of a tower's windows. */
    static double bandFoot(double h, int k) {
        return 3 + k * pitch(h);
    }

    /** The four sides of the unit box [-0.5, 0.5] × [0, 1] × [-0.5, 0.5], no caps. */
    private static void ring(MeshBatch b, Xform f, int rgb) {
        double[][] corners = {{0.5, 0.5}, {-0.5, 0.5}, {-0.5, -0.5}, {0.5, -0.5}};
        for (int k = 0; k < 4; k++) {
            double[] c0 = corners[k], c1 = corners[(k + 1) % 4];
            double nx = c0[0] == c1[0] ? c0[0] * 2 : 0, nz = c0[1] == c1[1] ? c0[1] * 2 : 0;
            int v0 = b.vertex(f, c0[0], 0, c0[1], nx, 0, nz, rgb);
            int v1 = b.vertex(f, c1[0], 0, c1[1], nx, 0, nz, rgb);
            int v2 = b.vertex(f, c1[0], 1, c1[1], nx, 0, nz, rgb);
            int v3 = b.vertex(f, c0[0], 1, c0[1], nx, 0, nz, rgb);
            Primitives.wound(b, v0, v1, v2);
            Primitives.wound(b, v0, v2, v3);
        }
    }

    private static void temple(MeshBatch b, Prop p) {
        Xform f = SceneryMeshes.frame(p);
        int stone = pick(STONE, p.unit(1));
        boolean ruined = p.unit(2) < 0.4 && p.fade() != 0.5; // the great temple stands whole
        double w = p.width(), d = p.depth(), step = 0.8;
        for (int k = 0; k < 3; k++) {
            block(b, f, w + 3 - k * 1.5, d + 3 - k * 1.5, k == 0 ? -FOUNDATION : k * step,
                    (k + 1) * step, Terrain.lerpRgb(stone, 0x8A806C, 0.15));
        }
        double floor = 3 * step, colH = 0.6 * p.height(), r = StrictMath.min(w, d) / 14;
        int nx = StrictMath.max(4, (int) StrictMath.round(w / 3.4));
        int nz = StrictMath.max(5, (int) StrictMath.round(d / 3.4));
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < nz; j++) {
                if (i != 0 && i != nx - 1 && j != 0 && j != nz - 1) continue; // peristyle
                double cx = -w / 2 + r + (w - 2 * r) * i / (nx - 1);
                double cz = -d / 2 + r + (d - 2 * r) * j / (nz - 1);
                double u = p.unit(20 + i * 31 + j);
                double tall = ruined && u < 0.45 ? colH * (0.15 + u) : colH;
                column(b, f.translate(cx, floor, cz), 2 * r, tall, stone, tall == colH);
            }
        }
        if (ruined) return;
        block(b, f, w * 0.55, d * 0.62, floor, floor + colH, Terrain.lerpRgb(stone, 0x9A8E74,
                0.3));                                                           // cella
        double top = floor + colH;
        block(b, f, w + 0.4, d + 0.4, top, top + 1.6, stone);                   // entablature
        Primitives.wedge(b, f.translate(0, top + 1.6, 0).scale(w + 0.8, 0.2 * w, d + 0.8),
                Terrain.lerpRgb(stone, 0xB8A888, 0.4));                          // pediments
    }

    /** A column of diameter dia: base, shaft (a tapering octagon), capital when whole. */
    private static void column(MeshBatch b, Xform f, double dia, double tall, int stone,
                               boolean whole) {
        block(b, f, dia * 1.3, dia * 1.3, -0.6, 0.35, stone);
        Primitives.frustum(b, f.translate(0, 0.35, 0).scale(1, tall - 0.35 - (whole ? 0.5 : 0), 1),
                8, dia / 2, dia * 0.43, stone);
        if (whole) block(b, f, dia * 1.35, dia * 1.35, tall - 0.5, tall, stone);
    }

    private static void fallen(MeshBatch b, Prop p) {
        double dia = p.depth(), len = p.width();
        Xform f = SceneryMeshes.frame(p).translate(-len / 2, dia * 0.42, 0).rotateZ(-90)
                .scale(1, len, 1);
        Primitives.frustum(b, f, 8, dia / 2, dia * 0.43, pick(STONE, p.unit(1)));
    }

    /** A stretch of wall whose top has broken away in steps. */
    private static void wall(MeshBatch b, Prop p) {
        Xform f = SceneryMeshes.frame(p);
        int stone = Terrain.lerpRgb(pick(STONE, p.unit(1)), 0x8A7E66, 0.35);
        int pieces = 3;
        double piece = p.width() / pieces;
        for (int k = 0; k < pieces; k++) {
            double top = p.height() * (0.35 + 0.65 * p.unit(5 + k));
            block(b, f.translate(-p.width() / 2 + (k + 0.5) * piece, 0, 0), piece, p.depth(),
                    -1, top, stone);
        }
    }
}
