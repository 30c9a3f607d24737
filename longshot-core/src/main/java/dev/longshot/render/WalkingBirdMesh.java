package dev.longshot.render;

import dev.longshot.catalog.CatalogRecipe;
import dev.longshot.world.SubjectPose;

/**
 * Birds that walk (their recipe's {@code flight} is {@code walk} or {@code none}), standing
 * on two legs that step with the gait: a body held level (a chicken, a peacock) or upright
 * ({@code stance: upright}, a penguin, which waddles from foot to foot with its flippers
 * out); a head with its beak, a red {@code comb} when it has one; wings folded on its
 * sides; and its {@code tail}: a cocked tuft, or a peacock's {@code fan} raised in a
 * half-wheel of long feathers with eye spots. The base point is at the feet.
 */
final class WalkingBirdMesh {
    private static final int LEG = 0x9A7A40;
    private static final int FEATHERS = 13;

    private WalkingBirdMesh() {}

    static void build(SubjectPose p, Xform at, MeshBatch out) {
        CatalogRecipe r = p.type().recipe();
        Gait g = Gait.of(p);
        double span = r.number("span", 0.6);
        double body = span * 0.45;                 // breast to tail
        boolean upright = "upright".equals(r.text("stance", "level"));
        boolean longLegs = "long".equals(r.text("legs", "short"));
        double leg = upright ? body * 0.12 : body * (longLegs ? 0.95 : 0.45);
        int plumage = CreatureLook.colour(r, 0, 0x8A6A4A);
        int second = CreatureLook.colour(r, 1, plumage);
        // A waddle rolls the body over the standing foot; a walk bobs it.
        double roll = upright ? 7 * g.walk() * g.wave(0) : 0;
        double bob = (upright ? 0.02 : 0.04) * body * g.walk() * StrictMath.abs(g.wave(0));
        for (int s = -1; s <= 1; s += 2) {
            Xform hip = at.translate(s * body * 0.12, leg + bob, 0)
                    .rotateX(g.swing(s < 0 ? 0 : 0.5, upright ? 12 : 28, 40));
            Primitives.box(out, hip.translate(0, -leg / 2, 0).scale(0.025 + body * 0.03, leg,
                    0.025 + body * 0.03), upright ? 0x2A2420 : LEG);
            Primitives.box(out, hip.translate(0, -leg + 0.01, -body * 0.06)
                    .scale(body * 0.12, 0.02, body * 0.2), upright ? 0x2A2420 : LEG);
        }
        Xform hips = at.translate(0, leg + bob, 0).rotateZ(roll);
        if (upright) {
            penguin(p, r, g, hips, body, plumage, second, out);
            return;
        }
        Xform trunk = hips.translate(0, body * 0.28, 0);
        Primitives.ellipsoid(out, trunk.scale(body * 0.26, body * 0.28, body * 0.5), 3, 6,
                plumage);
        for (int s = -1; s <= 1; s += 2) {     // folded wings
            Primitives.ellipsoid(out, trunk.translate(s * body * 0.2, body * 0.05, body * 0.06)
                    .scale(body * 0.08, body * 0.2, body * 0.4), 2, 5,
                    CreatureLook.darker(plumage));
        }
        // Neck up from the breast, the head bobbing forward with each step.
        double nod = 8 * g.walk() * g.wave(0.25);
        Xform neck = trunk.translate(0, body * 0.15, -body * 0.38).rotateX(-70 + nod);
        double reach = body * ("long".equals(r.text("neck", "short")) ? 0.75 : 0.4);
        Primitives.box(out, neck.translate(0, 0, -reach / 2).scale(body * 0.12, body * 0.12,
                reach), plumage);
        Xform head = neck.translate(0, 0, -reach).rotateX(70 - nod);
        Primitives.ellipsoid(out, head.scale(body * 0.12), 2, 5, plumage);
        beak(head, body, out);
        if (CreatureLook.flag(r, "comb")) {
            Primitives.box(out, head.translate(0, body * 0.13, -body * 0.02)
                    .scale(body * 0.04, body * 0.1, body * 0.14), second);
            Primitives.box(out, head.translate(0, -body * 0.1, -body * 0.08)
                    .scale(body * 0.04, body * 0.08, body * 0.05), second);   // wattle
        }
        if ("fan".equals(r.text("tail", ""))) {
            Primitives.frustum(out, head.translate(0, body * 0.1, 0).scale(1, body * 0.15, 1),
                    3, body * 0.02, 0, second);                                // crest
            fan(p, trunk, body, plumage, second, g, out);
        } else {
            Xform tail = trunk.translate(0, body * 0.1, body * 0.42).rotateX(-50);
            Primitives.box(out, tail.translate(0, 0, body * 0.18).scale(body * 0.1, body * 0.22,
                    body * 0.36), CreatureLook.darker(plumage));
        }
    }

    // A peacock's train raised in a half-wheel behind it: long feathers fanning from the
    // rump, green shading to bronze, each tipped with an eye; it shivers as he walks.
    private static void fan(SubjectPose p, Xform trunk, double body, int plumage, int green,
                            Gait g, MeshBatch out) {
        double length = body * 1.7;
        Xform root = trunk.translate(0, body * 0.15, body * 0.4).rotateX(-12);
        for (int k = 0; k < FEATHERS; k++) {
            double angle = -68 + 136.0 * k / (FEATHERS - 1) + 2 * g.walk() * g.wave(k * 0.1);
            Xform f = root.rotateZ(angle);
            Primitives.box(out, f.translate(0, length / 2, 0).scale(body * 0.3, length,
                    0.02), dev.longshot.world.Terrain.lerpRgb(green, 0x6A5A2A, 0.2 * (k % 2)));
            Primitives.ellipsoid(out, f.translate(0, length * 0.9, 0.015)
                    .scale(body * 0.16, body * 0.2, 0.02), 2, 5, plumage);     // the eye
            Primitives.ellipsoid(out, f.translate(0, length * 0.9, 0.025)
                    .scale(body * 0.07, body * 0.09, 0.02), 2, 4, 0x2A1A40);
        }
    }

    // Upright: a body like a standing egg, dark back and white front, flippers held out a
    // little and swinging with the waddle, a head atop.
    private static void penguin(SubjectPose p, CatalogRecipe r, Gait g, Xform hips,
                                double body, int back, int front, MeshBatch out) {
        double tall = body * 1.5;
        Xform trunk = hips.translate(0, tall * 0.42, 0);
        Primitives.ellipsoid(out, trunk.scale(body * 0.3, tall * 0.45, body * 0.26), 3, 7,
                back);
        Primitives.ellipsoid(out, trunk.translate(0, -tall * 0.04, -body * 0.13)
                .scale(body * 0.27, tall * 0.4, body * 0.18), 3, 7, front);
        for (int s = -1; s <= 1; s += 2) {
            Xform shoulder = trunk.translate(s * body * 0.27, tall * 0.15, 0)
                    .rotateZ(s * (15 + 10 * g.walk() * StrictMath.abs(g.wave(s * 0.25))));
            Primitives.box(out, shoulder.translate(0, -tall * 0.2, 0).scale(0.03, tall * 0.4,
                    body * 0.14), back);
        }
        Xform head = trunk.translate(0, tall * 0.52, -body * 0.02);
        Primitives.ellipsoid(out, head.scale(body * 0.17), 2, 6, back);
        Primitives.ellipsoid(out, head.translate(0, -body * 0.05, -body * 0.06)
                .scale(body * 0.13, body * 0.1, body * 0.12), 2, 5, front);   // white chin
        beak(head, body, out);
    }

    private static void beak(Xform head, double body, MeshBatch out) {
        Primitives.frustum(out, head.translate(0, 0, -body * 0.1).rotateX(90)
                .scale(1, body * 0.14, 1), 3, body * 0.04, 0, 0xD89A30);
    }
}
