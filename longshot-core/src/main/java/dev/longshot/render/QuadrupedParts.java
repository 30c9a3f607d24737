package dev.longshot.render;

import dev.longshot.world.SubjectPose;

/**
 * The parts that tell one four-legged species from another, each named by its recipe: the
 * coat's pattern (stripes, spots, patches, a fleece, humps), a mane (a crest along a long
 * neck, a ruff round a short one), and on the head its ears, horns (antlers, tusks,
 * ossicones, a nose horn, short or curved horns), an elephant's trunk and a long snout.
 */
final class QuadrupedParts {
    private static final int BONE = 0xD8CCB0, IVORY = 0xEEE8D8;

    private QuadrupedParts() {}

    /** Pattern and coat over the trunk ellipsoid. */
    static void coat(SubjectPose p, QuadrupedBody b, Xform trunk, MeshBatch out) {
        String pattern = b.part("pattern");
        switch (pattern) {
            case "stripes" -> stripes(b, trunk, out);
            case "spots" -> spots(p, b, trunk, 12, 0.09, out);
            case "patches" -> spots(p, b, trunk, 5, 0.2, out);
            case "humps" -> humps(b, trunk, out);
            default -> { }
        }
        if (b.part("coat").equals("fleece")) {
            for (int s = -1; s <= 1; s += 2) {
                Primitives.ellipsoid(out, trunk.translate(0, b.depth() * 0.12,
                        s * b.length() * 0.22).scale(b.width() * 0.52, b.depth() * 0.46,
                        b.length() * 0.3), 2, 5, 0xF4F0E4);
            }
        }
    }

    // Dark bands round the trunk, each as wide as the trunk is there.
    private static void stripes(QuadrupedBody b, Xform trunk, MeshBatch out) {
        int bands = 7;
        for (int k = 0; k < bands; k++) {
            double u = (k + 0.5) / bands * 1.7 - 0.85; // −0.85 … 0.85 along the half-length
            double f = StrictMath.sqrt(1 - u * u) * 1.04;
            Primitives.ellipsoid(out, trunk.translate(0, 0, u * b.length() / 2)
                    .scale(b.width() / 2 * f, b.depth() / 2 * f, b.length() * 0.025), 2, 6,
                    b.mark());
        }
    }

    // Patches on the flanks and the back, placed per individual.
    private static void spots(SubjectPose p, QuadrupedBody b, Xform trunk, int n, double size,
                              MeshBatch out) {
        for (int k = 0; k < n; k++) {
            double u = (Gait.trait(p.id(), 20 + k) * 1.5 - 0.75);
            double a = StrictMath.PI * (Gait.trait(p.id(), 40 + k) * 1.3 - 0.15)
                    * (k % 2 == 0 ? 1 : -1) + (k % 2 == 0 ? 0 : StrictMath.PI);
            double f = StrictMath.sqrt(1 - u * u);
            double x = StrictMath.cos(a) * b.width() / 2 * f, y = StrictMath.sin(a) * b.depth()
                    / 2 * f;
            double r = size * b.length();
            Primitives.ellipsoid(out, trunk.translate(x * 0.97, y * 0.97, u * b.length() / 2)
                    .scale(r * 0.55, r * 0.55, r * 0.75), 2, 4, b.mark());
        }
    }

    // A camel's humps on its back.
    private static void humps(QuadrupedBody b, Xform trunk, MeshBatch out) {
        int n = (int) b.recipe().number("humps", 1);
        for (int k = 0; k < n; k++) {
            double z = n == 1 ? 0 : (k - 0.5) * b.length() * 0.35;
            Primitives.ellipsoid(out, trunk.translate(0, b.depth() * 0.45, z)
                    .scale(b.width() * 0.35, b.depth() * 0.38, b.length() * 0.18), 2, 5,
                    b.coat());
        }
    }

    /** A crest along a long neck, a ruff round a short one (a lion's mane). */
    static void mane(QuadrupedBody b, Xform neck, int coat, MeshBatch out) {
        if (b.part("mane").equals("none")) return;
        int hair = CreatureLook.darker(coat);
        if (b.neckPitch() >= 40) {
            Primitives.box(out, neck.translate(0, b.depth() * 0.2, -b.neck() / 2)
                    .scale(b.limb() * 0.8, b.depth() * 0.18, b.neck() * 1.05),
                    b.part("pattern").equals("stripes") ? b.mark() : hair);
        } else {
            Primitives.ellipsoid(out, neck.translate(0, b.depth() * 0.05, -b.neck() * 0.8)
                    .scale(b.width() * 0.62, b.depth() * 0.6, b.neck() * 1.1 + 0.1), 3, 6,
                    CreatureLook.darker(CreatureLook.darker(coat) | 0x201000));
        }
    }

    /** The head with its ears, horns, trunk or snout. */
    static void head(SubjectPose p, QuadrupedBody b, Gait g, Xform head, int coat,
                     MeshBatch out) {
        double hw = StrictMath.max(b.width() * 0.36, b.head() * 0.3);
        double hh = StrictMath.min(b.depth() * 0.36, hw * 1.3);
        boolean snout = b.part("snout").equals("long");
        if (snout) hh = hw * 0.45; // a crocodile's flat jaws
        Primitives.box(out, head.translate(0, 0, -b.head() / 2).scale(hw, hh, b.head()), coat);
        if (b.part("coat").equals("fleece")) {
            Primitives.box(out, head.translate(0, 0, -b.head() / 2).scale(hw * 0.85, hh * 0.85,
                    b.head() * 1.05), 0x2E2A26);
        }
        ears(b, head, hw, hh, coat, out);
        switch (b.part("horns")) {
            case "antlers" -> {
                if (Gait.trait(p.id(), 3) < 0.45) antlers(b, head, out);
            }
            case "tusks" -> tusks(b, head, hw, hh, out);
            case "ossicones" -> pair(head, hw * 0.3, hh * 0.5, b.head() * 0.1, 0,
                    hh * 0.9, hw * 0.18, CreatureLook.darker(coat), out);
            case "short" -> pair(head, hw * 0.45, hh * 0.45, b.head() * 0.05, 50,
                    hw * 0.6, hw * 0.12, BONE, out);
            case "curved" -> pair(head, hw * 0.25, hh * 0.5, b.head() * 0.1, 15,
                    hh * 1.4, hw * 0.12, 0x6A5A48, out);
            case "nose" -> Primitives.frustum(out, head.translate(0, hh * 0.45, -b.head() * 0.85)
                    .rotateX(20).scale(1, hh * 0.9, 1), 4, hw * 0.2, 0, BONE);
            default -> { }
        }
        if (CreatureLook.flag(b.recipe(), "trunk")) trunk(b, g, head, hw, hh, coat, out);
    }

    private static void ears(QuadrupedBody b, Xform head, double hw, double hh, int coat,
                             MeshBatch out) {
        String kind = b.part("ears");
        for (int s = -1; s <= 1; s += 2) {
            switch (kind) {
                case "big" -> Primitives.box(out, head.translate(s * hw * 0.9, hh * 0.1,
                        -b.head() * 0.05).rotateY(s * 20).scale(hw * 0.1, hh * 1.6, hw * 1.3),
                        CreatureLook.darker(coat) | 0x202020);
                case "long" -> Primitives.box(out, head.translate(s * hw * 0.22, hh * 0.5
                        + b.head() * 0.35, 0).rotateZ(-s * 10).scale(hw * 0.22, b.head() * 0.8,
                        hw * 0.12), coat);
                case "none" -> {
                    if (b.sprawl()) break;
                    ear(head, b, s, hw, hh, coat, out);
                }
                default -> ear(head, b, s, hw, hh, coat, out);
            }
        }
    }

    private static void ear(Xform head, QuadrupedBody b, int s, double hw, double hh, int coat,
                            MeshBatch out) {
        double ear = b.head() * 0.35;
        Primitives.box(out, head.translate(s * hw * 0.45, hh * 0.55, -b.head() * 0.1)
                .rotateZ(-s * 30).scale(hw * 0.12, ear, hw * 0.16), coat);
    }

    // A stag's antlers: a beam up and back on each side, two tines forward.
    private static void antlers(QuadrupedBody b, Xform head, MeshBatch out) {
        double k = b.length() / 1.35;
        for (int s = -1; s <= 1; s += 2) {
            Xform beam = head.translate(s * 0.06 * k, b.depth() * 0.18, -b.head() * 0.15)
                    .rotateZ(-s * 25).rotateX(-20);
            Primitives.box(out, beam.translate(0, 0.22 * k, 0).scale(0.035 * k, 0.44 * k,
                    0.035 * k), BONE);
            for (int t = 1; t <= 2; t++) {
                Primitives.box(out, beam.translate(0, (0.15 * t + 0.05) * k, -0.05 * k)
                        .rotateX(55).translate(0, 0.08 * k, 0)
                        .scale(0.025 * k, 0.16 * k, 0.025 * k), BONE);
            }
        }
    }

    // Two horns standing from the crown, leaning out by {@code splay} degrees.
    private static void pair(Xform head, double apart, double up, double back, double splay,
                             double length, double thick, int colour, MeshBatch out) {
        for (int s = -1; s <= 1; s += 2) {
            Xform root = head.translate(s * apart, up, -back).rotateZ(-s * splay)
                    .rotateX(splay > 10 && splay < 30 ? -35 : 0); // a goat's sweep back
            Primitives.box(out, root.translate(0, length / 2, 0).scale(thick, length, thick),
                    colour);
        }
    }

    private static void tusks(QuadrupedBody b, Xform head, double hw, double hh,
                              MeshBatch out) {
        for (int s = -1; s <= 1; s += 2) {
            Primitives.box(out, head.translate(s * hw * 0.3, -hh * 0.35, -b.head() * 0.9)
                    .rotateX(40).translate(0, 0, -b.head() * 0.3)
                    .scale(hw * 0.1, hw * 0.1, b.head() * 0.7), IVORY);
        }
    }

    // An elephant's trunk: three segments hanging from the face, swinging as it walks.
    private static void trunk(QuadrupedBody b, Gait g, Xform head, double hw, double hh,
                              int coat, MeshBatch out) {
        Xform at = head.translate(0, -hh * 0.1, -b.head()).rotateX(80 + 10 * g.walk()
                * g.wave(0.3));
        double seg = b.leg() * 0.33;
        double thick = hw * 0.32;
        for (int k = 0; k < 3; k++) {
            Primitives.box(out, at.translate(0, 0, -seg / 2).scale(thick, thick, seg), coat);
            at = at.translate(0, 0, -seg).rotateX(-12 - 6 * g.walk() * g.wave(0.5 + k * 0.1));
            thick *= 0.78;
        }
    }
}
