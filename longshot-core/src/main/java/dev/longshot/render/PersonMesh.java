package dev.longshot.render;

import dev.longshot.world.SubjectPose;

/**
 * People, by their recipe's {@code variant} and {@code scale}: legs that swing about the hip
 * and bend at the knee, arms that swing against them, a torso that leans into a run, a head;
 * clothes chosen per person from a palette; a child is smaller. Armoured people (soldiers)
 * wear one army's tunic, a helmet, a round shield on the left arm and a spear on the right
 * shoulder. People of a trade ({@link PersonRole}) wear their trade's colours, robe and hat
 * and carry its tool ({@link PersonProps}). About 110–250 triangles.
 */
final class PersonMesh {
    private static final int[] SHIRTS = {0xB03A2E, 0x2E5E9E, 0xD8C8A0, 0x3E7A48, 0xE0A030,
        0x6A4A8A, 0xE8E4DC, 0x404448, 0x9E6A3A, 0x2A8A8A};
    private static final int[] TROUSERS = {0x2A3040, 0x4A3E30, 0x30302E, 0x5A5E66, 0x6E5A40};
    private static final int[] SKIN = {0xE0B894, 0xC89870, 0x9A6A48, 0x6A4632};
    private static final int[] HAIR = {0x2A2018, 0x5A3A20, 0x1A1A1A, 0x9A8A70};
    private static final int TUNIC = 0x9A2A22, STEEL = 0x8A9098, BRONZE = 0xB48A3A;
    private static final double HIP = 0.9, THIGH = 0.45, SHIN = 0.47, ARM = 0.62;

    private PersonMesh() {}

    static void build(SubjectPose p, Xform at, MeshBatch out) {
        person(p, at, out, false);
    }

    /**
     * {@code p} seated astride at {@code saddle} (the top of its mount's back, facing as the
     * mount does): thighs forward and apart, shins down the flanks, hands forward on the
     * reins, leaning into the mount's gallop.
     */
    static void seated(SubjectPose p, Xform saddle, MeshBatch out) {
        person(p, saddle.translate(0, -HIP, 0), out, true);
    }

    private static void person(SubjectPose p, Xform at, MeshBatch out, boolean seated) {
        Gait g = seated ? new Gait(p.gaitPhase(), 0, 0) : Gait.of(p);
        double gallop = seated ? Gait.of(p).run() : 0;
        boolean soldier = "armoured".equals(p.type().recipe().text("variant", "plain"));
        PersonRole role = PersonRole.of(p.type().recipe());
        at = at.scale(p.type().recipe().number("scale", 1)); // a child is smaller
        int armour = CreatureLook.colour(p.type().recipe(), 0, TUNIC);
        int tunic = p.type().recipe().params().containsKey("armour") ? armour : TUNIC;
        int shirt = soldier ? tunic : role != null ? role.clothes() : pick(SHIRTS, p.id(), 1);
        int legs = soldier ? 0x4A3A2A : role != null ? role.trousers()
                : pick(TROUSERS, p.id(), 2);
        int skin = pick(SKIN, p.id(), 3);
        double bob = 0.03 * g.walk() * StrictMath.abs(g.wave(0));
        Xform pelvis = at.translate(0, HIP + bob, 0);
        for (int s = -1; s <= 1; s += 2) {
            double offset = s < 0 ? 0 : 0.5;
            // Astride: the thigh points forward (rotateX(-deg) swings -y to the front).
            Xform hip = seated ? pelvis.translate(s * 0.2, 0, 0).rotateX(-75).rotateZ(s * 12)
                    : pelvis.translate(s * 0.1, 0, 0).rotateX(g.swing(offset, 26, 42));
            Primitives.box(out, hip.translate(0, -THIGH / 2, 0).scale(0.15, THIGH + 0.04, 0.17),
                    legs);
            Xform knee = hip.translate(0, -THIGH, 0).rotateX(seated ? 85
                    : g.bend(offset + 0.5, 55));
            Primitives.box(out, knee.translate(0, -SHIN / 2 + 0.02, 0).scale(0.12, SHIN, 0.14),
                    legs);
            Primitives.box(out, knee.translate(0, -SHIN + 0.03, -0.05).scale(0.12, 0.08, 0.26),
                    0x2A2420);
        }
        if (role != null && !Double.isNaN(role.robeHem())) {
            PersonProps.robe(out, at, role.robeHem(), HIP + 0.1, shirt);
        }
        // Leans forward into a run; a rider leans into the gallop.
        Xform chest = pelvis.rotateX(seated ? 8 + 14 * gallop : 12 * g.run());
        Primitives.box(out, chest.translate(0, 0.28, 0).scale(0.4, 0.58, 0.22), shirt);
        Xform neck = chest.translate(0, 0.62, 0);
        Primitives.ellipsoid(out, neck.translate(0, 0.1, 0).scale(0.11, 0.13, 0.12), 3, 5, skin);
        if (soldier) {
            Primitives.frustum(out, neck.translate(0, 0.12, 0).scale(1, 0.17, 1), 6, 0.14, 0.06,
                    STEEL);
        } else if (role == null || !role.bald()) {
            Primitives.box(out, neck.translate(0, 0.2, 0.02).scale(0.22, 0.07, 0.23),
                    pick(HAIR, p.id(), 4));
        }
        if (role != null) PersonProps.hat(out, neck.translate(0, 0.1, 0), role.hat(), legs);
        for (int s = -1; s <= 1; s += 2) {
            boolean holds = soldier || role != null && !role.prop().equals("none");
            double swing = seated ? -40 : holds && s > 0 ? 0.2 * g.swing(0, 26, 42)
                    : -0.8 * g.swing(s < 0 ? 0 : 0.5, 26, 42);
            Xform shoulder = chest.translate(s * 0.26, 0.54, 0).rotateX(swing).rotateZ(s * 6);
            Primitives.box(out, shoulder.translate(0, -ARM / 2, 0).scale(0.1, ARM, 0.11),
                    shirt);
            Primitives.box(out, shoulder.translate(0, -ARM - 0.04, 0).scale(0.08, 0.09, 0.09),
                    skin);
            String arms = p.type().recipe().text("weapon", "spear");
            if (soldier && s < 0 && !arms.equals("bow")) shield(shoulder, out);
            if (soldier && s > 0) {
                if (arms.equals("bow")) bow(shoulder, out);
                else spear(shoulder, out);
            }
            if (role != null && s > 0) {
                PersonProps.carry(out, role.prop(), chest, shoulder, 6 * g.wave(0.1));
            }
        }
    }

    private static void shield(Xform shoulder, MeshBatch out) {
        Primitives.frustum(out, shoulder.translate(-0.06, -0.35, -0.05).rotateZ(90)
                .scale(1, 0.05, 1), 8, 0.3, 0.27, BRONZE);
    }

    private static void spear(Xform shoulder, MeshBatch out) {
        Xform hand = shoulder.translate(0, -ARM + 0.05, 0).rotateX(-10);
        Primitives.box(out, hand.translate(0, 0.6, 0).scale(0.035, 2.3, 0.035), 0x6A4A2A);
        Primitives.frustum(out, hand.translate(0, 1.74, 0).scale(1, 0.2, 1), 3, 0.04, 0, STEEL);
    }

    /** A longbow held upright in the hand, its string a shade darker. */
    private static void bow(Xform shoulder, MeshBatch out) {
        Xform hand = shoulder.translate(0, -ARM + 0.05, -0.05);
        for (int k = -1; k <= 1; k += 2) {
            Primitives.box(out, hand.translate(0, k * 0.42, -0.05).rotateX(k * 14)
                    .scale(0.035, 0.85, 0.035), 0x5A3A1E);
        }
        Primitives.box(out, hand.translate(0, 0, 0.06).scale(0.01, 1.5, 0.01), 0xD8D0B8);
    }

    private static int pick(int[] palette, String id, int k) {
        return palette[(int) (Gait.trait(id, k) * palette.length)];
    }
}
