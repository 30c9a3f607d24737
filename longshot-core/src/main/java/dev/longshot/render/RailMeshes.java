package dev.longshot.render;

import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.Prop;

/**
 * A railway's stretches, long along local z: track on its ballast bed — sleepers across,
 * two steel rails whose tops are the prop's foot — and viaduct spans carrying the same track
 * on their deck, the rail tops at the prop's height: a concrete deck on a pier with its cap
 * in the modern style (and with none), a stone arch between piers in the older styles.
 */
final class RailMeshes {
    /** Half the distance between the rails' middles (standard gauge), metres. */
    private static final double HALF_GAUGE = 0.75;
    private static final double SLEEPER_STEP = 1.5;
    private static final int STEEL = 0x4E4C4A, TIMBER = 0x4A3A2C, BALLAST = 0x76706A;
    private static final int CONCRETE = 0x9A9A94, STONE = 0xA49C8C, DARK_STONE = 0x8A847A;

    private RailMeshes() {}

    /** A stretch of track on the ground: {@code height} is how deep its bed reaches down. */
    static void track(MeshBatch b, Prop p) {
        Xform f = SceneryMeshes.frame(p);
        double len = p.depth(), deep = p.height();
        // Bed: wider the higher it stands, sunk half a metre into the ground.
        Parts.block(b, f, p.width() + deep, len + 0.05, -deep - 0.5, -0.35, BALLAST);
        rails(b, f, len, 0, TIMBER);
    }

    /** A stretch of viaduct, its rail tops {@code height} over its foot. */
    static void viaduct(MeshBatch b, Xform f, Prop p, String style) {
        double len = p.depth(), w = p.width(), top = p.height();
        double deck = top - 0.6;    // the deck's upper face, under the ballast
        boolean modern = style.isEmpty() || style.equals("modern");
        int rgb = modern ? CONCRETE : style.equals("medieval-european") ? DARK_STONE : STONE;
        int shade = Terrain.lerpRgb(rgb, 0x000000, 0.15);
        if (modern) {
            Parts.block(b, f, w, len + 0.05, deck - 1.2, deck, rgb);
            Parts.block(b, f, w * 0.45, 1.6, -1, deck - 1.8, shade);
            Parts.block(b, f, w * 0.9, 2.2, deck - 1.8, deck - 1.2, rgb);
        } else {
            // A pier at the stretch's near end and an arch over to the next one's.
            double pier = 2.2, spring = 0.45 * (deck - 1), crown = deck - 1.2;
            Parts.block(b, f.translate(0, 0, -len / 2 + pier / 2), w, pier, -1, deck, rgb);
            int n = 8;
            double open = len - pier;
            for (int k = 0; k < n; k++) {
                double z0 = -len / 2 + pier + open * k / n, z1 = z0 + open / n;
                double u = ((z0 + z1) / 2 - (-len / 2 + pier)) / open * 2 - 1;
                double under = spring + (crown - spring) * StrictMath.sqrt(1 - u * u);
                Parts.block(b, f.translate(0, 0, (z0 + z1) / 2), w, z1 - z0 + 0.05, under, deck,
                        rgb);
            }
        }
        for (int s = -1; s <= 1; s += 2) {     // parapets
            Parts.block(b, f.translate(s * (w / 2 - 0.15), 0, 0), 0.3, len + 0.05, deck,
                    deck + 1.0, shade);
        }
        Parts.block(b, f, 3.2, len + 0.05, deck - 0.05, top - 0.35, BALLAST);
        rails(b, f, len, top, modern ? CONCRETE : TIMBER);
    }

    /** Sleepers and two rails along local z, the rail tops at {@code y}. */
    private static void rails(MeshBatch b, Xform f, double len, double y, int sleeper) {
        int n = (int) StrictMath.round(len / SLEEPER_STEP);
        for (int k = 0; k < n; k++) {
            Parts.block(b, f.translate(0, 0, -len / 2 + len * (k + 0.5) / n), 2.6, 0.26,
                    y - 0.42, y - 0.2, sleeper);
        }
        for (int s = -1; s <= 1; s += 2) {
            Parts.block(b, f.translate(s * HALF_GAUGE, 0, 0), 0.12, len + 0.05, y - 0.2, y,
                    STEEL);
        }
    }
}
