package dev.longshot.render;

import dev.longshot.plan.Subject;
import dev.longshot.world.SubjectPose;

/**
 * Four-legged bodies — deer, horse, wolf, bear, sheep — from one plan with per-type
 * proportions: an ellipsoid trunk, a neck and a head, two-segment legs that swing about the
 * hip (a lateral-sequence walk blending into a gallop as speed grows) and bend at the knee
 * while lifted, a tail; antlers on stags, a mane on horses, a fleece on sheep. Standing
 * still, grazers lower their heads. About 150–200 triangles.
 */
final class QuadrupedMesh {
    /**
     * Proportions, metres at size 1: trunk length, depth, width; leg length and thickness;
     * neck length, pitch (degrees above level); head length; colours.
     */
    private record Plan(double length, double depth, double width, double leg, double limb,
            double neck, double neckPitch, double head, int coat, int belly, int hoof) {}

    private static final Plan DEER = new Plan(1.35, 0.52, 0.38, 0.82, 0.09, 0.55, 55, 0.36,
            0xA06A38, 0xD9C6A2, 0x3A2C22);
    private static final Plan HORSE = new Plan(1.8, 0.75, 0.52, 0.95, 0.13, 0.75, 48, 0.6,
            0x7A4A28, 0x6A4024, 0x2A2220);
    private static final Plan WOLF = new Plan(1.05, 0.42, 0.3, 0.55, 0.08, 0.3, 30, 0.34,
            0x80807A, 0xC8C4BA, 0x4A4844);
    private static final Plan BEAR = new Plan(1.55, 0.85, 0.75, 0.55, 0.2, 0.25, 15, 0.45,
            0x5A3C26, 0x4A3220, 0x2A1E16);
    private static final Plan SHEEP = new Plan(0.95, 0.58, 0.55, 0.42, 0.07, 0.22, 35, 0.28,
            0xECE6D6, 0xDCD4C0, 0x2E2A26);
    private static final int[] HORSE_COATS = {0x7A4A28, 0x8E5A30, 0x2E2824, 0xB8B2A8, 0x5A3A22};

    private QuadrupedMesh() {}


    private static Plan plan(Subject type) {
        return switch (type) {
            case DEER -> DEER;
            case HORSE -> HORSE;
            case WOLF -> WOLF;
            case BEAR -> BEAR;
            case SHEEP -> SHEEP;
            default -> throw new IllegalArgumentException("not a quadruped: " + type);
        };
    }

    static void build(SubjectPose p, Xform at, MeshBatch out) {
        Plan b = plan(p.type());
        Gait g = Gait.of(p);
        int coat = p.type() == Subject.HORSE
                ? HORSE_COATS[(int) (Gait.trait(p.id(), 1) * HORSE_COATS.length)] : b.coat;
        double bob = g.run() * 0.05 * b.leg * g.wave(0.1) * g.wave(0.1);
        Xform trunk = at.translate(0, b.leg + b.depth * 0.45 + bob, 0);
        Primitives.ellipsoid(out, trunk.scale(b.width / 2, b.depth / 2, b.length / 2), 3, 6,
                coat);
        if (p.type() == Subject.SHEEP) fleece(trunk, b, out);
        legs(at, b, g, out);
        boolean grazing = g.walk() == 0 && p.type() != Subject.WOLF && p.type() != Subject.BEAR
                && Gait.trait(p.id(), 2) < 0.6;
        double pitch = grazing ? -50 : b.neckPitch - 8 * g.run();
        Xform neck = trunk.translate(0, b.depth * 0.2, -b.length * 0.4).rotateX(pitch);
        Primitives.box(out, neck.translate(0, 0, -b.neck / 2)
                .scale(b.width * 0.42, b.depth * 0.42, b.neck), coat);
        Xform head = neck.translate(0, 0, -b.neck).rotateX(-pitch + (grazing ? -30 : -10));
        head(p, b, head, coat, out);
        double tailPitch = p.type() == Subject.DEER ? -25 : 40 - 25 * g.run();
        Xform tail = trunk.translate(0, b.depth * 0.25, b.length / 2).rotateX(tailPitch);
        double tailLength = p.type() == Subject.WOLF || p.type() == Subject.HORSE ? 0.5 : 0.16;
        int tailColour = p.type() == Subject.DEER ? 0xF2EEE6
                : p.type() == Subject.HORSE ? darker(coat) : coat;
        Primitives.box(out, tail.translate(0, 0, tailLength / 2).scale(b.limb * 1.2,
                b.limb * 1.2, tailLength), tailColour);
    }

    // Walk: hind left, fore left, hind right, fore right a quarter cycle apart; the gallop
    // pairs the forelegs and the hind legs.
    private static void legs(Xform at, Plan b, Gait g, MeshBatch out) {
        double[] walk = {0.25, 0.75, 0.0, 0.5};   // FL, FR, HL, HR
        double[] gallop = {0.0, 0.12, 0.5, 0.62};
        for (int k = 0; k < 4; k++) {
            double side = (k % 2 == 0 ? -1 : 1) * b.width * 0.3;
            double along = (k < 2 ? -1 : 1) * b.length * 0.34;
            double offset = walk[k] + (gallop[k] - walk[k]) * g.run();
            Xform hip = at.translate(side, b.leg, along).rotateX(g.swing(offset, 24, 40));
            double upper = b.leg * 0.52;
            Primitives.box(out, hip.translate(0, -upper / 2, 0)
                    .scale(b.limb * 1.3, upper + b.limb, b.limb * 1.5), darker(b.coat));
            Xform knee = hip.translate(0, -upper, 0).rotateX(k < 2 ? g.bend(offset, 50)
                    : -g.bend(offset, 45));
            double lower = b.leg - upper + 0.03; // a little into the ground: no gap on slopes
            Primitives.box(out, knee.translate(0, -lower / 2, 0).scale(b.limb, lower, b.limb),
                    b.hoof);
        }
    }

    private static void head(SubjectPose p, Plan b, Xform head, int coat, MeshBatch out) {
        Primitives.box(out, head.translate(0, 0, -b.head / 2)
                .scale(b.width * 0.36, b.depth * 0.36, b.head), coat);
        if (p.type() == Subject.SHEEP) {
            Primitives.box(out, head.translate(0, 0, -b.head / 2).scale(b.width * 0.3,
                    b.depth * 0.3, b.head * 1.05), b.hoof);
        }
        double ear = b.head * 0.35;
        for (int s = -1; s <= 1; s += 2) {
            Primitives.box(out, head.translate(s * b.width * 0.17, b.depth * 0.2, -b.head * 0.1)
                    .rotateZ(-s * 30).scale(0.04, ear, 0.06), coat);
        }
        if (p.type() == Subject.DEER && Gait.trait(p.id(), 3) < 0.45) antlers(b, head, out);
        if (p.type() == Subject.HORSE) {
            Primitives.box(out, head.translate(0, b.depth * 0.22, b.head * 0.1)
                    .rotateX(-20).scale(0.06, 0.12, b.neck * 1.2), darker(darker(coat)));
        }
    }

    // A stag's antlers: a beam up and back on each side, two tines forward.
    private static void antlers(Plan b, Xform head, MeshBatch out) {
        int bone = 0xD8CCB0;
        for (int s = -1; s <= 1; s += 2) {
            Xform beam = head.translate(s * 0.06, b.depth * 0.18, -b.head * 0.15)
                    .rotateZ(-s * 25).rotateX(-20);
            Primitives.box(out, beam.translate(0, 0.22, 0).scale(0.035, 0.44, 0.035), bone);
            for (int t = 1; t <= 2; t++) {
                Primitives.box(out, beam.translate(0, 0.15 * t + 0.05, -0.05).rotateX(55)
                        .translate(0, 0.08, 0).scale(0.025, 0.16, 0.025), bone);
            }
        }
    }

    // Wool: two more soft lumps on the trunk.
    private static void fleece(Xform trunk, Plan b, MeshBatch out) {
        for (int s = -1; s <= 1; s += 2) {
            Primitives.ellipsoid(out, trunk.translate(0, b.depth * 0.12, s * b.length * 0.22)
                    .scale(b.width * 0.52, b.depth * 0.46, b.length * 0.3), 2, 5, 0xF4F0E4);
        }
    }

    static int darker(int rgb) {
        return ((rgb >> 1) & 0x7F7F7F) + ((rgb >> 2) & 0x3F3F3F);
    }
}
