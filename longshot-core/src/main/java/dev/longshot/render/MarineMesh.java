package dev.longshot.render;

import dev.longshot.catalog.CatalogRecipe;
import dev.longshot.world.SubjectPose;

/**
 * Swimmers at the surface, each from its recipe's {@code shape} and {@code length}: a fish
 * just under the water whose rear half and tail swish and whose dorsal fin breaks it; a shark
 * whose tall fin cuts the surface; a dolphin whose back rolls through it and that leaps clear
 * once a cycle; a whale whose broad back and small fin show, that lifts its flukes and blows
 * a spout; a turtle whose domed shell just breaks the surface while its four flippers
 * row slowly, the front pair in long strokes. The base point is just under the surface;
 * the shapes rise above it by what shows.
 */
final class MarineMesh {
    private static final int SPRAY = 0xE8EEF2;

    private MarineMesh() {}

    static void build(SubjectPose p, Xform at, MeshBatch out) {
        CatalogRecipe r = p.type().recipe();
        double length = r.number("length", 0.75);
        switch (r.text("shape", "fish")) {
            case "shark" -> back(p, r, at, length, 0.1, 0.13, 25, false, out);
            case "dolphin" -> dolphin(p, r, at, length, out);
            case "whale" -> whale(p, r, at, length, out);
            case "turtle" -> turtle(p, r, at, length, out);
            default -> fish(p, r, at, length, out);
        }
    }

    private static void fish(SubjectPose p, CatalogRecipe r, Xform at, double length,
                             MeshBatch out) {
        double swish = 18 * StrictMath.sin(2 * StrictMath.PI * p.gaitPhase());
        Xform front = at.rotateY(-swish * 0.3);
        int side = CreatureLook.colour(r, 0, 0x8A9AA6);
        int back = CreatureLook.darker(side) | 0x0C0C10;
        Primitives.ellipsoid(out, front.translate(0, 0, -length * 0.12)
                .scale(length * 0.09, length * 0.11, length * 0.3), 3, 6, side);
        Primitives.box(out, front.translate(0, length * 0.1, -length * 0.1)
                .scale(length * 0.1, length * 0.05, length * 0.4), back);
        Primitives.box(out, front.translate(0, length * 0.15, -length * 0.1).rotateX(20)
                .scale(0.015, length * 0.16, length * 0.16), back);
        Xform rear = front.translate(0, 0, length * 0.12).rotateY(swish);
        Primitives.ellipsoid(out, rear.translate(0, 0, length * 0.12)
                .scale(length * 0.07, length * 0.08, length * 0.2), 2, 5, side);
        Primitives.box(out, rear.translate(0, 0, length * 0.36).rotateY(swish * 0.8)
                .scale(0.02, length * 0.22, length * 0.14), back);
    }

    /**
     * A long body lying at the surface with the top third of its back out of it, a
     * dorsal fin {@code fin} of its length tall leaning back {@code rake} degrees, and a tail
     * that swishes sideways (a shark) or flukes that beat up and down.
     */
    private static void back(SubjectPose p, CatalogRecipe r, Xform at, double length,
                             double girth, double fin, double rake, boolean flukes,
                             MeshBatch out) {
        double wave = StrictMath.sin(2 * StrictMath.PI * p.gaitPhase());
        double h = length * girth;
        int skin = CreatureLook.colour(r, 0, 0x6A7682);
        Xform body = at.translate(0, -h * 0.7 + 0.2, 0).rotateY(flukes ? 0 : -4 * wave);
        Primitives.ellipsoid(out, body.scale(h * 0.9, h, length * 0.45), 3, 8, skin);
        Primitives.ellipsoid(out, body.translate(0, -h * 0.25, -length * 0.05)
                .scale(h * 0.8, h * 0.75, length * 0.38), 2, 6, CreatureLook.colour(r, 1, skin));
        Primitives.box(out, body.translate(0, h + length * fin * 0.4, -length * 0.02)
                .rotateX(-rake).scale(length * 0.012 + 0.02, length * fin, length * fin * 0.6),
                CreatureLook.darker(skin));
        Xform tail = body.translate(0, 0, length * 0.42);
        if (flukes) {
            tail = tail.rotateX(20 * wave);
            Primitives.box(out, tail.translate(0, 0, length * 0.08)
                    .scale(length * 0.28, length * 0.015 + 0.02, length * 0.1), skin);
        } else {
            tail = tail.rotateY(22 * wave);
            Primitives.box(out, tail.translate(0, length * 0.06, length * 0.06).rotateX(-35)
                    .scale(length * 0.012 + 0.02, length * 0.22, length * 0.08), skin);
        }
    }

    // Once a cycle the dolphin leaps: its body rises clear of the water in an arc, nose up
    // then down; the rest of the cycle it rolls through the surface.
    private static void dolphin(SubjectPose p, CatalogRecipe r, Xform at, double length,
                                MeshBatch out) {
        double phase = p.gaitPhase();
        Xform pose = at;
        if (phase >= 0.55) {
            double u = (phase - 0.55) / 0.45;
            pose = at.translate(0, StrictMath.sin(StrictMath.PI * u) * (0.6 + length * 0.5), 0)
                    .rotateX(-35 * StrictMath.cos(StrictMath.PI * u)); // nose up, then down
        }
        back(p, r, pose, length, 0.11, 0.1, 40, true, out);
    }

    // A sea turtle: a low dome of shell, its top out of the water, a paler plastron under
    // it, a head reaching forward, front flippers sweeping in long strokes, the hind ones
    // steering; the whole body rocks a little with each stroke.
    private static void turtle(SubjectPose p, CatalogRecipe r, Xform at, double length,
                               MeshBatch out) {
        double wave = StrictMath.sin(2 * StrictMath.PI * p.gaitPhase());
        int shell = CreatureLook.colour(r, 0, 0x5A6A3A);
        int skin = CreatureLook.colour(r, 1, 0x8A8A6A);
        double h = length * 0.22;
        Xform body = at.translate(0, 0.06, 0).rotateX(2 * wave);
        Primitives.ellipsoid(out, body.scale(length * 0.36, h, length * 0.45), 3, 8, shell);
        Primitives.ellipsoid(out, body.translate(0, -h * 0.35, 0)
                .scale(length * 0.33, h * 0.5, length * 0.42), 2, 7, 0xC8B47A);
        for (int k = 0; k < 5; k++) {                       // scutes along the ridge
            Primitives.ellipsoid(out, body.translate(0, h * 0.85, length * (k - 2) * 0.14)
                    .scale(length * 0.09, h * 0.18, length * 0.07), 2, 5,
                    CreatureLook.darker(shell));
        }
        Xform neck = body.translate(0, 0, -length * 0.45).rotateX(-8 - 6 * wave);
        Primitives.ellipsoid(out, neck.translate(0, 0, -length * 0.1)
                .scale(length * 0.08, length * 0.07, length * 0.14), 2, 6, skin);
        for (int s = -1; s <= 1; s += 2) {
            Xform front = body.translate(s * length * 0.3, -h * 0.2, -length * 0.2)
                    .rotateY(s * (35 + 30 * wave)).rotateZ(s * -10 * wave);
            Primitives.box(out, front.translate(s * length * 0.22, 0, 0)
                    .scale(length * 0.45, 0.025 + length * 0.02, length * 0.14), skin);
            Xform hind = body.translate(s * length * 0.26, -h * 0.2, length * 0.33)
                    .rotateY(s * (-30 + 15 * wave));
            Primitives.box(out, hind.translate(s * length * 0.1, 0, 0)
                    .scale(length * 0.2, 0.02 + length * 0.015, length * 0.12), skin);
        }
    }

    // A whale: a broad low back, a small fin, flukes, and a spout early in each cycle.
    private static void whale(SubjectPose p, CatalogRecipe r, Xform at, double length,
                              MeshBatch out) {
        back(p, r, at, length, 0.1, 0.03, 30, true, out);
        double phase = p.gaitPhase();
        if (phase < 0.3) {
            double u = phase / 0.3;
            double height = 1 + 4 * StrictMath.sin(StrictMath.PI * u);
            Primitives.frustum(out, at.translate(0, 0.1, -length * 0.3)
                    .scale(1, height, 1), 6, 0.25, 0.7, SPRAY);
        }
    }
}
