package dev.longshot.render;

import dev.longshot.catalog.CatalogRecipe;
import dev.longshot.world.SubjectPose;

/**
 * Flyers, each from its recipe: a body as long as its wing {@code span} asks, a head (round
 * for an owl, on a long neck for a swan or a flamingo) with its {@code beak} (short, hooked,
 * flat, bent or long), a fanned tail, long {@code legs} trailing behind when it has them,
 * and two-segment wings that beat about the shoulder with the gait phase: a flapper beats
 * steadily, a soarer beats twice at the start of its long cycle and glides the rest with its
 * wings held in a shallow V.
 */
final class BirdMesh {
    private BirdMesh() {}

    static void build(SubjectPose p, Xform at, MeshBatch out) {
        if (p.type().habitat() == dev.longshot.world.creature.Habitat.LAND) {
            WalkingBirdMesh.build(p, at, out);   // a chicken, a peacock, a penguin
            return;
        }
        CatalogRecipe r = p.type().recipe();
        boolean soar = "soar".equals(r.text("flight", "flap"));
        double span = r.number("span", 0.9);   // wing tip to tip, metres
        double body = span * 0.37;              // beak to tail
        int plumage = CreatureLook.colour(r, 0, 0x2E2C30);
        int head = CreatureLook.colour(r, 1, plumage);
        double beat = wingAngle(p.gaitPhase(), soar);
        double fold = soar && p.gaitPhase() >= 0.3 ? 0 : -18 * StrictMath.sin(
                2 * StrictMath.PI * (p.gaitPhase() * (soar ? 1 / 0.15 : 1) - 0.2));
        Primitives.ellipsoid(out, at.scale(body * 0.16, body * 0.16, body * 0.5), 2, 5, plumage);
        Xform neck = at.translate(0, body * 0.06, -body * 0.45);
        if ("long".equals(r.text("neck", "short"))) {
            Primitives.box(out, neck.translate(0, 0, -body * 0.3).scale(body * 0.07, body * 0.07,
                    body * 0.6), plumage);
            neck = neck.translate(0, 0, -body * 0.6);
        }
        boolean round = "round".equals(r.text("head", ""));
        Primitives.ellipsoid(out, neck.scale(body * (round ? 0.2 : 0.12)), 2, 4, head);
        beak(r, neck, body, out);
        Primitives.box(out, at.translate(0, 0, body * 0.55).scale(body * (soar ? 0.4 : 0.3),
                0.015, body * 0.35), soar ? head : plumage);
        if ("long".equals(r.text("legs", "short"))) {
            for (int s = -1; s <= 1; s += 2) {
                Primitives.box(out, at.translate(s * body * 0.05, -body * 0.05, body * 0.8)
                        .scale(0.02, 0.02, body * 0.9), CreatureLook.darker(plumage) | 0x402020);
            }
        }
        for (int s = -1; s <= 1; s += 2) {
            double inner = span * 0.22, outer = span * 0.28;
            Xform shoulder = at.translate(s * body * 0.1, body * 0.05, -body * 0.05)
                    .rotateZ(s * beat);
            Primitives.box(out, shoulder.translate(s * inner / 2, 0, 0)
                    .scale(inner, 0.02, body * (soar ? 0.45 : 0.4)), plumage);
            Xform wrist = shoulder.translate(s * inner, 0, 0).rotateZ(s * fold);
            Primitives.box(out, wrist.translate(s * outer / 2, 0, body * 0.03)
                    .scale(outer, 0.015, body * (soar ? 0.38 : 0.28)),
                    CreatureLook.colours(r) > 2 ? CreatureLook.colour(r, 2, plumage)
                            : CreatureLook.darker(plumage));
        }
    }

    private static void beak(CatalogRecipe r, Xform neck, double body, MeshBatch out) {
        String kind = r.text("beak", "short");
        Xform tip = neck.translate(0, 0, -body * 0.1);
        switch (kind) {
            case "flat" -> Primitives.box(out, tip.translate(0, -body * 0.02, -body * 0.08)
                    .scale(body * 0.1, body * 0.03, body * 0.18), 0xE08A20);
            case "bent" -> {
                Primitives.box(out, tip.translate(0, 0, -body * 0.07)
                        .scale(body * 0.05, body * 0.05, body * 0.15), 0xE8D0C8);
                Primitives.box(out, tip.translate(0, -body * 0.06, -body * 0.14).rotateX(60)
                        .scale(body * 0.04, body * 0.04, body * 0.12), 0x2A2426);
            }
            case "long" -> Primitives.box(out, tip.translate(0, 0, -body * 0.2)
                    .scale(body * 0.03, body * 0.03, body * 0.4), 0x8A7A50);
            default -> Primitives.frustum(out, tip.rotateX(90).scale(1, body * 0.2, 1), 3,
                    body * 0.04, 0, kind.equals("hooked") ? 0xE0B020 : 0x8A7A40);
        }
    }

    /** Wing elevation at the shoulder, degrees (positive lifts the tips). */
    private static double wingAngle(double phase, boolean soar) {
        if (!soar) return 8 + 38 * StrictMath.sin(2 * StrictMath.PI * phase);
        if (phase >= 0.3) return 7; // glide, wings in a shallow V
        double u = phase / 0.15; // two beats in the first 30% of the cycle
        return 7 + 30 * StrictMath.sin(2 * StrictMath.PI * u) * StrictMath.sin(StrictMath.PI
                * phase / 0.3);
    }
}
