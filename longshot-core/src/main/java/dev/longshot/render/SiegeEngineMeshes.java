package dev.longshot.render;

import dev.longshot.world.scenery.Prop;

/**
 * The siege engines of the catalog in timber, aimed along local −z (at the walls): a
 * trebuchet (an A-frame on a sled, its long arm swung up over the front with a sling hanging
 * from the tip and a counterweight box on the short end), a catapult (a wheeled frame, a
 * crossbar and a throwing arm with a bucket), a battering ram (a log with an iron head
 * hanging under a gable roof on six wheels) and a siege tower (a tapering timber tower on
 * wheels, banded with planks, its drawbridge hinged at the top of the front). Sizes are the
 * prop's box: width across, depth along the aim, height; colours from the recipe's palette.
 */
final class SiegeEngineMeshes {
    private static final int IRON = 0x3A3A3E, ROPE = 0xB8A888, HIDE = 0x8A7258;

    private SiegeEngineMeshes() {}

    static void build(MeshBatch b, Xform f, Prop p) {
        int wood = Parts.palette(p.thing(), 0, 0x7A5A3A);
        int dark = Parts.palette(p.thing(), 1, 0x5A4430);
        switch (p.thing()) {
            case "trebuchet" -> trebuchet(b, f, p, wood, dark);
            case "catapult" -> catapult(b, f, p, wood, dark);
            case "battering-ram" -> ram(b, f, p, wood, dark);
            default -> tower(b, f, p, wood, dark);
        }
    }

    private static void trebuchet(MeshBatch b, Xform f, Prop p, int wood, int dark) {
        double w = p.width(), d = p.depth(), h = p.height();
        double pivot = h * 0.5, side = w * 0.32;
        for (int s = -1; s <= 1; s += 2) {
            Parts.block(b, f.translate(s * side, 0, 0), 0.5, d, -0.2, 0.55, dark);   // sled
            // An A-frame each side: two legs leaning in to the axle.
            for (int e = -1; e <= 1; e += 2) {
                Xform leg = f.translate(s * side, pivot / 2, e * pivot * 0.32).rotateX(e * 33);
                Parts.block(b, leg, 0.42, 0.42, -pivot * 0.62, pivot * 0.62, wood);
            }
        }
        for (int e = -1; e <= 1; e += 2) {
            Parts.block(b, f.translate(0, 0, e * d * 0.42), w * 0.8, 0.45, 0, 0.5, dark);
        }
        Parts.block(b, f.translate(0, pivot, 0), 2 * side + 0.8, 0.35, -0.18, 0.18, IRON);
        // The arm, swung 40° past upright toward the front: long end up, short end down.
        double arm = h * 0.95, shortEnd = arm * 0.25;
        Xform axle = f.translate(0, pivot, 0).rotateX(40);
        Parts.block(b, axle, 0.4, 0.4, -shortEnd, arm - shortEnd, wood);
        Primitives.box(b, axle.translate(0, -shortEnd - 0.7, 0).scale(1.9, 1.7, 1.7), dark);
        Xform tip = axle.translate(0, arm - shortEnd, 0);
        Parts.block(b, tip.rotateX(130), 0.08, 0.08, 0, arm * 0.3, ROPE);          // sling
    }

    private static void catapult(MeshBatch b, Xform f, Prop p, int wood, int dark) {
        double w = p.width(), d = p.depth(), h = p.height(), wheel = 0.55;
        for (int s = -1; s <= 1; s += 2) {
            Parts.block(b, f.translate(s * w * 0.4, 0, 0), 0.35, d, wheel * 0.8, wheel * 1.5,
                    wood);
            for (int e = -1; e <= 1; e += 2) wheel(b, f.translate(s * w / 2, wheel, e * d * 0.32),
                    wheel, dark);
            Parts.block(b, f.translate(s * w * 0.4, 0, -d * 0.12), 0.32, 0.32, wheel, h * 0.8,
                    wood);                                                           // upright
        }
        Parts.block(b, f.translate(0, 0, -d * 0.12), w * 0.9, 0.35, h * 0.74, h * 0.86, dark);
        // The arm from its pivot at the back of the frame up against the crossbar.
        double pivot = wheel * 1.4;
        Xform arm = f.translate(0, pivot, d * 0.3).rotateX(48);
        double len = (h * 0.86 - pivot) / StrictMath.cos(StrictMath.toRadians(48)) + 0.5;
        Parts.block(b, arm, 0.3, 0.3, 0, len, wood);
        Primitives.frustum(b, arm.translate(0, len, 0).scale(1, 0.5, 1), 6, 0.45, 0.6, dark);
        Primitives.ellipsoid(b, arm.translate(0, len + 0.55, 0).scale(0.35), 2, 5, 0x8A8680);
        Parts.block(b, f.translate(0, pivot, d * 0.3), w * 0.8, 0.5, -0.2, 0.2, ROPE); // skein
    }

    private static void ram(MeshBatch b, Xform f, Prop p, int wood, int dark) {
        double w = p.width(), d = p.depth(), h = p.height(), wheel = 0.5;
        double eave = h * 0.62;
        for (int s = -1; s <= 1; s += 2) {
            for (int e = -1; e <= 1; e++) {
                wheel(b, f.translate(s * w / 2, wheel, e * d * 0.36), wheel, dark);
                Parts.block(b, f.translate(s * (w / 2 - 0.2), 0, e * d * 0.36), 0.25, 0.25,
                        wheel, eave, wood);                                         // posts
            }
            Parts.block(b, f.translate(s * (w / 2 - 0.2), 0, 0), 0.3, d, wheel, wheel + 0.35,
                    wood);
        }
        Primitives.wedge(b, f.translate(0, eave, 0).scale(w + 0.5, h - eave, d), HIDE);
        // The log hangs on ropes under the roof; its iron head juts out past the front.
        double log = eave * 0.55;
        Xform along = f.translate(0, log, 0).rotateX(90);
        Primitives.frustum(b, along.translate(0, -d * 0.45, 0).scale(1, d * 1.05, 1), 8, 0.34,
                0.3, wood);
        Primitives.frustum(b, along.translate(0, d * 0.6, 0).scale(1, 0.8, 1), 8, 0.42, 0.1,
                IRON);
        for (int e = -1; e <= 1; e += 2) {
            Parts.block(b, f.translate(0, 0, e * d * 0.25), 0.08, 0.08, log, eave, ROPE);
        }
    }

    private static void tower(MeshBatch b, Xform f, Prop p, int wood, int dark) {
        double w = p.width(), h = p.height(), wheel = 0.8;
        double r0 = w * 0.707, r1 = w * 0.56; // a square frustum: half-diagonals
        Primitives.frustum(b, f.translate(0, wheel * 0.7, 0).rotateY(45).scale(1, h, 1), 4, r0,
                r1, HIDE);
        // Plank bands round the tower, one a storey.
        for (int k = 1; k <= 3; k++) {
            double y = wheel * 0.7 + h * k / 4, half = (r0 + (r1 - r0) * k / 4) * 0.707;
            Primitives.box(b, f.translate(0, y, 0).scale(2 * half + 0.15, 0.45, 2 * half + 0.15),
                    dark);
        }
        for (int s = -1; s <= 1; s += 2) {
            for (int e = -1; e <= 1; e += 2) {
                wheel(b, f.translate(s * w * 0.45, wheel, e * w * 0.3), wheel, dark);
            }
        }
        // The drawbridge at the top of the front, let half down.
        double top = wheel * 0.7 + h * 0.86, half = r1 * 0.707;
        Xform hinge = f.translate(0, top, -half - 0.05).rotateX(55);
        Parts.block(b, hinge.translate(0, 0, -0.1), w * 0.6, 0.2, 0, h * 0.22, wood);
        // Battlements of timber round the top deck.
        for (int s = -1; s <= 1; s += 2) {
            Parts.block(b, f.translate(s * half * 0.8, 0, 0), 0.5, 2 * half * 0.8,
                    wheel * 0.7 + h, wheel * 0.7 + h + 1.1, wood);
        }
    }

    /** A solid wooden wheel of radius {@code r} turning about local x at its hub. */
    private static void wheel(MeshBatch b, Xform hub, double r, int rgb) {
        Primitives.frustum(b, hub.rotateZ(90).translate(0, -0.15, 0).scale(1, 0.3, 1), 8, r, r,
                rgb);
    }
}
