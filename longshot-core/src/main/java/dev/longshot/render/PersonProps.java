package dev.longshot.render;

/**
 * What people of a trade wear over the body and carry ({@link PersonRole}): robes, hats and
 * the tools of the trade, placed on the frames {@link PersonMesh} builds.
 */
final class PersonProps {
    private static final int STRAW = 0xD2B878, WOOD = 0x7A5A32, BAMBOO = 0xB89A50;
    private static final int BLACK = 0x1E1C1E, IRON = 0x5A5E62;

    private PersonProps() {}

    /** A robe from the hem to the waist, flaring a little towards the hem. */
    static void robe(MeshBatch out, Xform at, double hem, double waist, int colour) {
        Primitives.frustum(out, at.translate(0, hem, 0).scale(1, waist - hem, 0.72), 8, 0.3,
                0.22, colour);
        Primitives.box(out, at.translate(0, waist, 0).scale(0.42, 0.08, 0.25),
                CreatureLook.darker(colour));                                  // sash
    }

    /** A hat on the head whose centre is {@code head}. */
    static void hat(MeshBatch out, Xform head, String kind, int colour) {
        switch (kind) {
            case "straw" -> Primitives.frustum(out, head.translate(0, 0.08, 0)
                    .scale(1, 0.22, 1), 10, 0.4, 0.02, STRAW);                // a wide cone
            case "scholar" -> {
                Primitives.box(out, head.translate(0, 0.16, 0.01).scale(0.22, 0.16, 0.22),
                        BLACK);
                Primitives.box(out, head.translate(0, 0.14, 0.12).scale(0.5, 0.04, 0.03),
                        BLACK);                                                // the wings
            }
            case "cap" -> Primitives.frustum(out, head.translate(0, 0.08, 0)
                    .scale(1, 0.12, 1), 8, 0.13, 0.12, colour);
            default -> { }
        }
    }

    /**
     * The trade's tool, held by the right hand ({@code hand}: the right shoulder's frame)
     * or laid on the shoulder ({@code chest}); {@code sway} moves what hangs, in degrees.
     */
    static void carry(MeshBatch out, String prop, Xform chest, Xform hand, double sway) {
        switch (prop) {
            case "rod" -> {
                // Held out in front, rising; the line hangs from its tip.
                Xform grip = hand.translate(0, -0.6, 0).rotateX(-(55 + 0.5 * sway));
                Primitives.box(out, grip.translate(0, 0, -1.4).scale(0.03, 0.03, 2.9), BAMBOO);
                Xform tip = grip.translate(0, 0, -2.85).rotateX(55 + sway);
                Primitives.box(out, tip.translate(0, -0.7, 0).scale(0.008, 1.4, 0.008),
                        0xE8E8E0);
            }
            case "hoe" -> {
                // Over the right shoulder, blade behind and down.
                Xform s = chest.translate(0.22, 0.58, 0).rotateX(-35);
                Primitives.box(out, s.translate(0, 0, 0.3).scale(0.04, 0.04, 1.6), WOOD);
                Primitives.box(out, s.translate(0, -0.14, 1.08).scale(0.2, 0.28, 0.03), IRON);
            }
            case "pole-baskets" -> {
                // A springy bamboo pole on the right shoulder, a basket hanging from each
                // end on its ropes, swinging with the steps.
                Xform pole = chest.translate(0.2, 0.62, 0);
                Primitives.box(out, pole.scale(0.05, 0.05, 1.9), BAMBOO);
                for (int e = -1; e <= 1; e += 2) {
                    Xform hang = pole.translate(0, 0, e * 0.9).rotateX(sway * 0.6);
                    Primitives.box(out, hang.translate(0, -0.35, 0).scale(0.01, 0.7, 0.01),
                            0x6A5A3A);
                    Primitives.frustum(out, hang.translate(0, -1.05, 0).scale(1, 0.38, 1), 8,
                            0.22, 0.28, 0x9A7A40);
                }
            }
            default -> { }
        }
    }
}
