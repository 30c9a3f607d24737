package dev.longshot.render;

import dev.longshot.plan.Subject;
import dev.longshot.world.SubjectPose;

/**
 * Flyers: a body, a head with a beak, a fanned tail and two-segment wings that beat about
 * the shoulder with the gait phase — a bird beats steadily, an eagle beats twice at the
 * start of its long cycle and glides the rest with its wings held in a shallow V.
 */
final class BirdMesh {
    private BirdMesh() {}

    static void build(SubjectPose p, Xform at, MeshBatch out) {
        boolean eagle = p.type() == Subject.EAGLE;
        double span = eagle ? 2.1 : 0.9;    // wing tip to tip, metres
        double body = eagle ? 0.8 : 0.32;   // beak to tail
        int plumage = eagle ? 0x4A3420 : 0x2E2C30;
        int head = eagle ? 0xEDEBE2 : 0x3A383C;
        double beat = wingAngle(p.gaitPhase(), eagle);
        double fold = eagle && p.gaitPhase() >= 0.3 ? 0 : -18 * StrictMath.sin(
                2 * StrictMath.PI * (p.gaitPhase() * (eagle ? 1 / 0.15 : 1) - 0.2));
        Primitives.ellipsoid(out, at.scale(body * 0.16, body * 0.16, body * 0.5), 2, 5, plumage);
        Xform neck = at.translate(0, body * 0.06, -body * 0.45);
        Primitives.ellipsoid(out, neck.scale(body * 0.12), 2, 4, head);
        Primitives.frustum(out, neck.translate(0, 0, -body * 0.1).rotateX(90)
                .scale(1, body * 0.2, 1), 3, body * 0.04, 0, eagle ? 0xE0B020 : 0x8A7A40);
        Primitives.box(out, at.translate(0, 0, body * 0.55).scale(body * (eagle ? 0.4 : 0.3),
                0.015, body * 0.35), eagle ? 0xEDEBE2 : plumage);
        for (int s = -1; s <= 1; s += 2) {
            double inner = span * 0.22, outer = span * 0.28;
            Xform shoulder = at.translate(s * body * 0.1, body * 0.05, -body * 0.05)
                    .rotateZ(s * beat);
            Primitives.box(out, shoulder.translate(s * inner / 2, 0, 0)
                    .scale(inner, 0.02, body * (eagle ? 0.45 : 0.4)), plumage);
            Xform wrist = shoulder.translate(s * inner, 0, 0).rotateZ(s * fold);
            Primitives.box(out, wrist.translate(s * outer / 2, 0, body * 0.03)
                    .scale(outer, 0.015, body * (eagle ? 0.38 : 0.28)), darker(plumage));
        }
    }

    /** Wing elevation at the shoulder, degrees (positive lifts the tips). */
    private static double wingAngle(double phase, boolean eagle) {
        if (!eagle) return 8 + 38 * StrictMath.sin(2 * StrictMath.PI * phase);
        if (phase >= 0.3) return 7; // glide, wings in a shallow V
        double u = phase / 0.15; // two beats in the first 30% of the cycle
        return 7 + 30 * StrictMath.sin(2 * StrictMath.PI * u) * StrictMath.sin(StrictMath.PI
                * phase / 0.3);
    }

    private static int darker(int rgb) {
        return QuadrupedMesh.darker(rgb);
    }
}
