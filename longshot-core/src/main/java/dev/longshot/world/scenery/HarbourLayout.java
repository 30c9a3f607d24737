package dev.longshot.world.scenery;

import dev.longshot.world.Terrain;

/**
 * A harbour: a stone quay running out into the water east of the view with a row of houses
 * and warehouses along it facing the water, lamps along its edge, piers and boats; in the
 * place's style. Where the place has no water the quay is a street of houses on the land.
 */
final class HarbourLayout {
    /** The quay's west edge east of the spawn point, its width and length, metres. */
    static final double QUAY_X = 22, QUAY_WIDTH = 22, QUAY_LENGTH = 260;
    /** Height of the quay's top above the water. */
    static final double QUAY_TOP = 1.8;

    private HarbourLayout() {}

    static void build(Placement at) {
        Terrain t = at.terrain();
        long seed = t.seed() ^ 0x4A4B0L;
        double x0 = at.spawn().x() + QUAY_X, z0 = at.spawn().z() - 10;
        double top = StrictMath.max(t.waterLevel(), t.heightAt(x0, z0)) + QUAY_TOP;
        at.deck(x0, x0 + QUAY_WIDTH, z0 - QUAY_LENGTH, z0, top);
        int segs = 13;
        for (int k = 0; k < segs; k++) {
            double seg = QUAY_LENGTH / segs, z = z0 - (k + 0.5) * seg;
            at.placeAt(PropKind.SPAN, "quay", at.style(), x0 + QUAY_WIDTH / 2,
                    t.waterLevel(), z, 0, QUAY_WIDTH, seg + 0.1, top - t.waterLevel(),
                    Placement.hash(seed, k, 9));
        }
        for (int k = 0; k < 16; k++) {
            long h = Placement.hash(seed, k, 0);
            if (Placement.unit(h) < 0.1) continue;
            double w = 7 + 3 * Placement.unit(Placement.hash(h, 1, 0));
            double d = 8 + 3 * Placement.unit(Placement.hash(h, 2, 0));
            double z = z0 - 8 - k * 15.5;
            double walls = 3.5 + 2 * Placement.unit(Placement.hash(h, 3, 0));
            // Long side to the water, on the quay's east half.
            at.place(PropKind.HOUSE, x0 + QUAY_WIDTH - 1 - w / 2, z, 90, 13, w,
                    walls + 0.5 * w, h, Placement.unit(Placement.hash(h, 4, 0)));
        }
        if (at.style() == null) {
            ThingLayout.place(at, java.util.List.of("pier", "boat", "sailboat", "lighthouse"));
        }
    }

    /** Whether the terrain's request is a harbour (its road is the quay). */
    static boolean isHarbour(Terrain t) {
        return t.request().setting().equals("harbour");
    }
}
