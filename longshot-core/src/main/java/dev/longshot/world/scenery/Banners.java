package dev.longshot.world.scenery;

import java.util.ArrayList;
import java.util.List;

/**
 * Where flags fly: "banners on its walls" hang down the face of what stands — the front
 * towers and gatehouse of a castle, the towers of a gate, a city wall's face — turned to the
 * camera; where nothing stands, flags on tall poles in the open ground ahead. A banner is a
 * flag prop a few metres wide and no deeper than its cloth ({@link #BANNER_DEPTH}), hung
 * with its cloth's foot at the prop's height; a pole flag is narrow and stands on the ground.
 */
final class Banners {
    /** Depth of a hanging banner's prop: less than this tells it from a pole flag. */
    static final double BANNER_DEPTH = 0.2;
    /** Width and drop of a hanging banner, metres. */
    private static final double WIDE = 2.8, DROP = 6;

    private Banners() {}

    static void place(Placement at, StructureLayout.Size pole, long h) {
        List<Prop> hosts = new ArrayList<>();
        for (Prop p : at.props()) {
            if (p.thing().equals("castle") || p.thing().equals("gate")
                    || p.thing().equals("city-wall")) {
                hosts.add(p);
            }
        }
        int hung = 0, walls = 0;
        for (Prop p : hosts) {
            switch (p.thing()) {
                case "castle" -> hung += castle(at, p, h);
                case "gate" -> hung += gate(at, p, h);
                default -> {
                    // Every fourth stretch of wall carries one on its face (local +x).
                    if (walls++ % 4 == 0) {
                        hung += hang(at, p, 0, p.width() / 2 + 0.05, p.height() - DROP - 0.5,
                                p.yawDeg() - 90, h + walls);
                    }
                }
            }
        }
        if (hung == 0) poles(at, pole, h);
    }

    /** On the two front towers and either side of the gatehouse, below the battlements. */
    private static int castle(Placement at, Prop c, long h) {
        double w = c.width(), wall = c.height() * Things.recipe("castle").number("walls", 0.4);
        int n = 0;
        for (int s = -1; s <= 1; s += 2) {
            n += hang(at, c, s * w / 2, w / 2 + 3.5, wall + 6.5 - DROP, c.yawDeg(), h + s);
            n += hang(at, c, s * 6.8, w / 2 + 3.9, wall + 3.5 - DROP, c.yawDeg(), h + 7 * s);
        }
        return n;
    }

    /** Down the front of both towers of a gate. */
    private static int gate(Placement at, Prop g, long h) {
        int n = 0;
        for (int s = -1; s <= 1; s += 2) {
            n += hang(at, g, s * g.width() / 2, g.depth() * 0.45 + 0.15, g.height() + 2 - DROP,
                    g.yawDeg(), h + 3 * s);
        }
        return n;
    }

    /**
     * A banner at ({@code across}, {@code out}) of host {@code p}'s frame (out along its
     * local +z, its face), cloth from {@code foot} above the host's foot, facing {@code yaw}.
     */
    private static int hang(Placement at, Prop p, double across, double out, double foot,
                            double yaw, long h) {
        double r = StrictMath.toRadians(yaw), c = StrictMath.cos(r), s = StrictMath.sin(r);
        double x = p.x() + c * across - s * out, z = p.z() + s * across + c * out;
        return at.placeAt(PropKind.STRUCTURE, "flag", p.style(), x, p.y() + foot, z, yaw, WIDE,
                BANNER_DEPTH / 2, DROP, Placement.hash(h, (long) (across * 10), 27)) ? 1 : 0;
    }

    /** Flags on poles in the open ground ahead, where there is nothing to hang them on. */
    private static void poles(Placement at, StructureLayout.Size s, long h) {
        int placed = 0;
        for (int k = 0; k < 12 * s.count() && placed < s.count(); k++) {
            long v = Placement.hash(h, k, 28);
            double[] p = Roads.inView(at.spawn(), v, s.near(), s.far(), 32);
            if (at.place(PropKind.STRUCTURE, "flag", at.style(), p[0], p[1], 0, s.w(), s.d(),
                    s.h(), v)) {
                placed++;
            }
        }
    }
}
