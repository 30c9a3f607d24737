package dev.longshot.render;

import dev.longshot.world.scenery.Prop;

/**
 * The catalog's palace, in its style. Chinese-classical: a great hall on a three-tiered
 * white marble terrace with a stair up its front, red columns and walls, and a double-eaved
 * curved roof of yellow glazed tiles. Every other style: a European palace, a long
 * symmetrical front of pale stone with rows of tall windows, a central pavilion under a
 * pediment and a dome, two wings coming forward, slate roofs and a balustrade. The front is
 * local +z.
 */
final class PalaceMeshes {
    private static final int MARBLE = 0xE4E0D6, RED = 0x9A2A1E, GOLD_TILE = 0xD8A42A;
    private static final int ASHLAR = 0xE2D8C0, SLATE = 0x4A4E58, WINDOW = 0x3A4452;
    private static final int DOME = 0x5E7C78;   // weathered copper
    private static final double FOUNDATION = 3;

    private PalaceMeshes() {}

    static void build(MeshBatch b, Prop p) {
        Xform f = SceneryMeshes.frame(p);
        if ("chinese-classical".equals(p.style())) {
            hall(b, f, p.width(), p.depth(), p.height());
        } else {
            european(b, f, p.width(), p.depth(), p.height());
        }
    }

    private static void hall(MeshBatch b, Xform f, double w, double d, double tall) {
        double y = 0;
        for (int k = 0; k < 3; k++) {           // three tiers of terrace, each with its rail
            double s = 1 - 0.12 * k, top = y + 1.4;
            Parts.block(b, f, w * s + 4, d * s + 4, k == 0 ? -FOUNDATION : y, top, MARBLE);
            Parts.block(b, f.translate(0, 0, (d * s + 4) / 2 - 0.1), w * s + 4, 0.2, top,
                    top + 0.6, 0xF0EEE8);
            y = top;
        }
        // The stair up the middle of the front, over all three tiers.
        Xform stair = f.translate(0, 0, d / 2 + 3).rotateX(-22);
        Primitives.box(b, stair.translate(0, y / 2, 0).scale(w * 0.18, 0.5, y * 2.2), MARBLE);
        double hw = w * 0.72, hd = d * 0.5, walls = 0.34 * tall;
        Xform floor = f.translate(0, y, 0);
        Parts.block(b, floor, hw, hd, 0, walls, RED);
        for (int k = 0; k <= 8; k++) {          // a colonnade of red columns along the front
            double x = -hw / 2 - 1 + (hw + 2) * k / 8;
            Parts.post(b, floor.translate(x, 0, hd / 2 + 1.2), 0.7, 0, walls, RED);
        }
        Parts.block(b, floor.translate(0, 0, hd / 2 + 1.2), hw + 2.4, 0.6, walls - 1,
                walls, 0x2E5A4A);                                 // painted beam, green-blue
        for (int k = -2; k <= 2; k++) {         // doors of gilded lattice
            Parts.block(b, floor.translate(k * hw / 6, 0, hd / 2 + 0.06), hw / 9, 0.15, 0,
                    walls * 0.75, 0xB0702A);
        }
        CurvedRoof.build(b, floor.translate(0, walls, 0), hw + 6, hd + 6, 0.1 * d, GOLD_TILE);
        Parts.block(b, floor, hw * 0.8, hd * 0.75, walls, walls + 0.22 * tall, RED);
        CurvedRoof.build(b, floor.translate(0, walls + 0.22 * tall, 0), hw * 0.8 + 5,
                hd * 0.75 + 5, 0.16 * d, GOLD_TILE);
    }

    private static void european(MeshBatch b, Xform f, double w, double d, double tall) {
        double front = w * 1.4, deep = d * 0.35, walls = 0.6 * tall;
        // The main range, across the whole front.
        Parts.block(b, f, front, deep, -FOUNDATION, walls, ASHLAR);
        roof(b, f.translate(0, walls, 0), front, deep);
        windows(b, f.translate(0, 0, deep / 2), front, walls, 11);
        windows(b, f.translate(0, 0, -deep / 2).rotateY(180), front, walls, 11);
        // Two wings forward at the ends, making a court.
        for (int s = -1; s <= 1; s += 2) {
            Xform wing = f.translate(s * (front / 2 - deep * 0.4), 0, deep / 2 + d * 0.25);
            Parts.block(b, wing, deep * 0.8, d * 0.5, -FOUNDATION, walls * 0.9, ASHLAR);
            roof(b, wing.translate(0, walls * 0.9, 0).rotateY(90), d * 0.5, deep * 0.8);
            windows(b, wing.translate(-s * deep * 0.4, 0, 0).rotateY(-s * 90), d * 0.5,
                    walls * 0.9, 4);
        }
        // The central pavilion: forward, taller, a pediment on columns, a dome behind.
        Xform mid = f.translate(0, 0, deep / 2 + 1.5);
        Parts.block(b, mid, w * 0.34, 3, -FOUNDATION, walls * 1.15, ASHLAR);
        for (int k = 0; k < 6; k++) {
            Parts.post(b, mid.translate(-w * 0.15 + w * 0.3 * k / 5, 0, 1.9), 0.9, 0,
                    walls * 0.9, 0xF2EEE4);
        }
        Primitives.wedge(b, mid.translate(0, walls * 1.15, 1).scale(w * 0.36, walls * 0.22,
                2.5), ASHLAR);
        Parts.block(b, mid.translate(0, 0, 2.2), w * 0.08, 0.2, 0, walls * 0.4, 0x3A2A1E);
        Xform drum = f.translate(0, walls, 0);
        Primitives.frustum(b, drum.scale(1, walls * 0.3, 1), 12, w * 0.12, w * 0.12, ASHLAR);
        Primitives.ellipsoid(b, drum.translate(0, walls * 0.3, 0)
                .scale(w * 0.12, w * 0.14, w * 0.12), 4, 12, DOME);
        Primitives.frustum(b, drum.translate(0, walls * 0.3 + w * 0.13, 0)
                .scale(1, w * 0.08, 1), 6, 0.5, 0.1, 0xC8A040);      // lantern and finial
    }

    // A low slate roof with a balustrade along its eaves: a hipped mansard seen from below.
    private static void roof(MeshBatch b, Xform f, double w, double d) {
        Primitives.frustum(b, f.scale(w / 1.3, d * 0.22, d / 1.3), 4, 0.92, 0.6,
                SLATE);
        Parts.block(b, f, w + 0.3, d + 0.3, 0, 0.7, 0xF0EEE6);
    }

    // Tall windows in two storeys along a face (frame at the face, facing +z).
    private static void windows(MeshBatch b, Xform face, double w, double walls, int n) {
        for (int k = 0; k < n; k++) {
            double x = -w / 2 + w * (k + 0.5) / n;
            for (int floor = 0; floor < 2; floor++) {
                double y0 = 1.2 + floor * walls * 0.48;
                Parts.block(b, face.translate(x, 0, 0.05), w / n * 0.38, 0.12, y0,
                        y0 + walls * 0.3, WINDOW);
            }
        }
    }
}
