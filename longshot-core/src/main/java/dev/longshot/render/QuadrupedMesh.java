package dev.longshot.render;

import dev.longshot.world.SubjectPose;

/**
 * Four-legged bodies, every one from the same plan with its species' {@link QuadrupedBody}:
 * an ellipsoid trunk, a neck and a head, two-segment legs that swing about the hip (a
 * lateral-sequence walk blending into a gallop as speed grows, paired legs for a hop, a
 * short rolling step for a waddle, legs out to the side for a crawl) and bend at the knee
 * while lifted, a tail; the named parts ({@link QuadrupedParts}) make the species. Standing
 * still, grazers lower their heads. A recipe's {@code upright} (degrees) raises the trunk on
 * the hind legs, a kangaroo's stance: the forelegs then hang short from the chest and the
 * hind legs are strong, with long feet. About 150–400 triangles.
 */
final class QuadrupedMesh {
    private static final double[] WALK = {0.25, 0.75, 0.0, 0.5};   // FL, FR, HL, HR
    private static final double[] GALLOP = {0.0, 0.12, 0.5, 0.62};
    private static final double[] HOP = {0.5, 0.5, 0.0, 0.0};

    private QuadrupedMesh() {}

    static void build(SubjectPose p, Xform at, MeshBatch out) {
        QuadrupedBody b = QuadrupedBody.of(p.type());
        Gait g = Gait.of(p);
        int coat = CreatureLook.pick(b.recipe(), "coats", Gait.trait(p.id(), 1), b.coat());
        boolean hop = b.gait().equals("hop");
        double bob = (hop ? 0.25 * g.walk() * StrictMath.abs(g.wave(0))
                : g.run() * 0.05 * g.wave(0.1) * g.wave(0.1)) * b.leg();
        double roll = b.gait().equals("waddle") ? 4 * g.walk() * g.wave(0) : 0;
        double lift = b.sprawl() ? b.depth() * 0.1 : b.depth() * 0.45;
        double upright = b.recipe().number("upright", 0);
        // rotateX(-deg) lifts local -z, the front.
        Xform trunk = at.translate(0, b.leg() + lift + bob, 0).rotateZ(roll).rotateX(-upright);
        Primitives.ellipsoid(out, trunk.scale(b.width() / 2, b.depth() / 2, b.length() / 2), 3,
                6, coat);
        QuadrupedParts.coat(p, b, trunk, out);
        if (b.sprawl()) {
            sprawlingLegs(at, b, g, coat, out);
        } else if (upright > 0) {
            uprightLegs(at.translate(0, bob, 0), trunk, b, g, coat, out);
        } else {
            legs(at.translate(0, bob, 0), b, g, coat, hop, out);
        }
        boolean grazing = p.grazing();
        double pitch = grazing ? -50 : b.neckPitch() - 8 * g.run();
        if (b.sprawl()) pitch = 0;
        // rotateX(+deg) turns local -z down: a neck raised by pitch turns by -pitch.
        Xform neck = trunk.translate(0, b.depth() * 0.2, -b.length() * 0.4).rotateX(-pitch);
        double thick = StrictMath.max(b.width() * 0.42, b.head() * 0.35);
        Primitives.box(out, neck.translate(0, 0, -b.neck() / 2)
                .scale(thick, StrictMath.min(b.depth() * 0.42, thick * 1.4), b.neck()), coat);
        QuadrupedParts.mane(b, neck, coat, out);
        Xform head = neck.translate(0, 0, -b.neck())
                .rotateX(pitch + (grazing ? 30 : 10) + upright);
        QuadrupedParts.head(p, b, g, head, coat, out);
        tail(b, g, trunk, coat, out);
    }

    // Walk: hind left, fore left, hind right, fore right a quarter cycle apart; the gallop
    // pairs the forelegs and the hind legs; a hop moves each pair together.
    private static void legs(Xform at, QuadrupedBody b, Gait g, int coat, boolean hop,
                             MeshBatch out) {
        boolean waddle = b.gait().equals("waddle");
        double walkDeg = waddle ? 14 : 24, runDeg = waddle ? 20 : 40;
        for (int k = 0; k < 4; k++) {
            double side = (k % 2 == 0 ? -1 : 1) * b.width() * 0.3;
            double along = (k < 2 ? -1 : 1) * b.length() * 0.34;
            double offset = hop ? HOP[k] : WALK[k] + (GALLOP[k] - WALK[k]) * g.run();
            Xform hip = at.translate(side, b.leg(), along)
                    .rotateX(g.swing(offset, walkDeg, runDeg));
            double upper = b.leg() * 0.52;
            Primitives.box(out, hip.translate(0, -upper / 2, 0)
                    .scale(b.limb() * 1.3, upper + b.limb(), b.limb() * 1.5),
                    CreatureLook.darker(coat));
            Xform knee = hip.translate(0, -upper, 0).rotateX(k < 2 ? g.bend(offset, 50)
                    : -g.bend(offset, 45));
            double lower = b.leg() - upper + 0.03; // a little into the ground: no gap on slopes
            Primitives.box(out, knee.translate(0, -lower / 2, 0)
                    .scale(b.limb(), lower, b.limb()), hoof(b, coat));
        }
    }

    // Upright on the hind legs: both thighs swing together (a hop), each shin ends in a long
    // foot flat on the ground; the short forelegs hang from the chest, bent.
    private static void uprightLegs(Xform at, Xform trunk, QuadrupedBody b, Gait g, int coat,
                                    MeshBatch out) {
        for (int s = -1; s <= 1; s += 2) {
            double side = s * b.width() * 0.35;
            Xform hip = at.translate(side, b.leg(), b.length() * 0.15)
                    .rotateX(-20 + g.swing(HOP[2], 30, 45));
            double upper = b.leg() * 0.55;
            Primitives.box(out, hip.translate(0, -upper / 2, 0)
                    .scale(b.limb() * 2.2, upper + b.limb(), b.limb() * 2.6), coat);
            Xform knee = hip.translate(0, -upper, 0).rotateX(40 - g.bend(HOP[2], 30));
            // Thigh and shin each 20° off the vertical: together they reach the ground.
            double lower = b.leg() / StrictMath.cos(StrictMath.toRadians(20)) - upper + 0.02;
            Primitives.box(out, knee.translate(0, -lower / 2, 0)
                    .scale(b.limb() * 1.1, lower, b.limb() * 1.2), CreatureLook.darker(coat));
            Xform ankle = knee.translate(0, -lower, 0).rotateX(-20);
            Primitives.box(out, ankle.translate(0, 0.02, -b.leg() * 0.22)
                    .scale(b.limb() * 1.1, b.limb() * 0.6, b.leg() * 0.5), hoof(b, coat));
            Xform shoulder = trunk.translate(side * 0.8, -b.depth() * 0.05, -b.length() * 0.38)
                    .rotateX(30 + g.swing(HOP[0], 15, 25));
            double arm = b.leg() * 0.45;
            Primitives.box(out, shoulder.translate(0, -arm / 2, 0)
                    .scale(b.limb() * 0.8, arm, b.limb() * 0.8), coat);
        }
    }

    // A crawl: each leg reaches out to the side from the hip and down to the ground, and
    // swings forward and back in the ground's plane.
    private static void sprawlingLegs(Xform at, QuadrupedBody b, Gait g, int coat,
                                      MeshBatch out) {
        for (int k = 0; k < 4; k++) {
            int s = k % 2 == 0 ? -1 : 1;
            double along = (k < 2 ? -1 : 1) * b.length() * 0.3;
            Xform hip = at.translate(s * b.width() * 0.4, b.leg(), along)
                    .rotateY(s * g.swing(WALK[k], 30, 40));
            double reach = b.leg() * 0.9;
            Primitives.box(out, hip.translate(s * reach / 2, 0, 0)
                    .scale(reach, b.limb(), b.limb() * 1.2), coat);
            Primitives.box(out, hip.translate(s * reach, -b.leg() / 2 + 0.015, 0)
                    .scale(b.limb(), b.leg() + 0.03, b.limb() * 1.4), CreatureLook.darker(coat));
        }
    }

    private static void tail(QuadrupedBody b, Gait g, Xform trunk, int coat, MeshBatch out) {
        String kind = b.part("tail");
        if (kind.equals("none")) return;
        double reach = b.length();
        double length = switch (kind) {
            case "long" -> 0.42 * reach;
            case "bushy" -> 0.4 * reach;
            case "thin", "tuft" -> 0.34 * reach;
            case "heavy" -> 0.9 * reach;
            default -> 0.12 * reach;
        };
        double thick = switch (kind) {
            case "bushy" -> b.width() * 0.3;
            case "long" -> b.limb() * 1.2;
            case "heavy" -> b.width() * 0.5;
            case "puff" -> b.width() * 0.45;
            default -> b.limb() * 0.9;
        };
        int colour = CreatureLook.hex(b.recipe().text("tailColour", ""), kind.equals("long")
                && !b.sprawl() ? CreatureLook.darker(coat) : coat);
        if (kind.equals("heavy")) {
            // A crocodile's tail: two tapering segments low behind, swishing side to side;
            // under an upright trunk (a kangaroo's) it reaches back and down to the ground.
            double upright = b.recipe().number("upright", 0);
            Xform root = trunk.translate(0, -b.depth() * 0.1, b.length() * 0.45)
                    .rotateX(0.6 * upright).rotateY(12 * g.walk() * g.wave(0.1));
            Primitives.box(out, root.translate(0, 0, length * 0.25)
                    .scale(thick, b.depth() * 0.5, length * 0.5), coat);
            Xform mid = root.translate(0, 0, length * 0.5).rotateY(18 * g.walk() * g.wave(0.3));
            Primitives.box(out, mid.translate(0, 0, length * 0.25)
                    .scale(thick * 0.5, b.depth() * 0.3, length * 0.5), coat);
            return;
        }
        if (kind.equals("puff")) {
            Primitives.ellipsoid(out, trunk.translate(0, b.depth() * 0.15, b.length() * 0.5)
                    .scale(thick / 2), 2, 4, 0xF2EEE6);
            return;
        }
        // Positive pitch hangs the tail down; a deer's short tail and a pig's curl stand up.
        double pitch = kind.equals("short") ? -25 : kind.equals("curly") ? -40
                : (kind.equals("thin") || kind.equals("tuft") ? 70 : 40) - 25 * g.run();
        Xform tail = trunk.translate(0, b.depth() * 0.25, b.length() / 2).rotateX(-pitch)
                .rotateY(8 * g.walk() * g.wave(0.2));
        Primitives.box(out, tail.translate(0, 0, length / 2).scale(thick, thick, length), colour);
        if (kind.equals("tuft")) {
            Primitives.box(out, tail.translate(0, 0, length).scale(thick * 2.2, thick * 2.2,
                    length * 0.25), CreatureLook.darker(b.mark()));
        }
    }

    private static int hoof(QuadrupedBody b, int coat) {
        return CreatureLook.darker(CreatureLook.darker(coat)) | 0x101010;
    }
}
