package dev.longshot.render;

import dev.longshot.world.scenery.Prop;

/**
 * A railway station's parts, long along local z (the line): a platform — paved top, a pale
 * coping along both edges, a yellow line to keep behind — and, for a prop taller than a
 * storey, the station house standing on its platform: walls, tall windows and a door on the
 * track side (local +x), a gable roof and a canopy on posts over the platform, a clock above
 * the door. Walls and roof take the style: red brick and slate (modern or none), pale stone
 * and brown tile (medieval-european, greco-roman), white walls with dark tile and red posts
 * (chinese-classical).
 */
final class StationMeshes {
    /** A prop no taller than this is a platform; a taller one is the house on its platform. */
    private static final double STOREY = 3;
    /** The house's own height above the platform it stands on ({@code StationLayout}). */
    private static final double HOUSE = 7.5;
    private static final int PAVING = 0x9C988E, COPING = 0xD2CEC2, LINE = 0xD8B02A;
    private static final int GLASS = 0x2A3038, DOOR = 0x4A3424, CLOCK = 0xECE8DC;

    private StationMeshes() {}

    static void build(MeshBatch b, Prop p) {
        Xform f = SceneryMeshes.frame(p);
        if (p.height() <= STOREY) {
            platform(b, f, p.width(), p.depth(), p.height());
        } else {
            house(b, f, p, p.height() - HOUSE);
        }
    }

    /** A platform w across, len along, its top at {@code top} over the foot. */
    private static void platform(MeshBatch b, Xform f, double w, double len, double top) {
        Parts.block(b, f, w - 0.6, len, -1, top, PAVING);
        for (int s = -1; s <= 1; s += 2) {
            Parts.block(b, f.translate(s * (w / 2 - 0.3), 0, 0), 0.6, len, -1, top + 0.02,
                    COPING);
            Parts.block(b, f.translate(s * (w / 2 - 0.8), 0, 0), 0.15, len, top, top + 0.03,
                    LINE);
        }
    }

    /** The house on its platform, whose top is {@code base} over the prop's foot. */
    private static void house(MeshBatch b, Xform f, Prop p, double base) {
        String style = p.style() == null ? "" : p.style();
        int walls, roof, trim;
        switch (style) {
            case "chinese-classical" -> {
                walls = 0xE4DED0;
                roof = 0x3E4248;
                trim = 0x8A2A22;
            }
            case "medieval-european", "greco-roman" -> {
                walls = 0xB4A890;
                roof = 0x7A4A30;
                trim = 0x5A4634;
            }
            default -> {
                walls = 0x9A5A44;
                roof = 0x4A4C54;
                trim = 0xD8D0BE;
            }
        }
        double w = p.width(), len = p.depth(), eaves = base + 4.6, ridge = base + HOUSE;
        platform(b, f, w + 1.5, len + 4, base);
        Parts.block(b, f, w, len, base - 0.2, eaves, walls);
        Parts.block(b, f, w + 0.2, len + 0.2, eaves - 0.35, eaves, trim);
        Primitives.wedge(b, f.translate(0, eaves, 0).scale(w + 1.0, ridge - eaves, len + 1.0),
                roof);
        // Tall windows either side of the door, on the side facing the track.
        double front = w / 2 + 0.05;
        for (int k = -3; k <= 3; k++) {
            if (k == 0) continue;
            Parts.block(b, f.translate(front, 0, k * len / 8), 0.12, 1.1, base + 1.0,
                    base + 3.2, GLASS);
        }
        Parts.block(b, f.translate(front, 0, 0), 0.14, 1.6, base, base + 2.6, DOOR);
        Parts.block(b, f.translate(front + 0.08, 0, 0), 0.12, 0.9, base + 3.3, base + 4.2,
                CLOCK);
        // A canopy over the platform on a row of posts.
        double out = 3.4, under = base + 3.6;
        Parts.block(b, f.translate(w / 2 + out / 2, 0, 0), out, len + 6, under, under + 0.25,
                roof);
        for (int k = -2; k <= 2; k++) {
            Parts.post(b, f.translate(w / 2 + out - 0.4, 0, k * (len + 4) / 4), 0.22, base,
                    under, trim);
        }
    }
}
