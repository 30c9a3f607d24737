package dev.longshot.world.scenery;

/**
 * A jungle: under the dense broadleaf canopy ({@link NatureLayout}), palms and clumps of
 * bamboo crowd the view and tall grass fills the gaps.
 */
final class JungleLayout {
    private JungleLayout() {}

    static void build(Placement at) {
        long seed = at.terrain().seed() ^ 0x1A6C1EL;
        ThingLayout.spread(at, PropKind.SHAPED_TREE, "palm", 140, 14, 420, 13, seed);
        ThingLayout.spread(at, PropKind.SHAPED_TREE, "bamboo", 50, 12, 200, 9, seed ^ 1);
        ThingLayout.spread(at, PropKind.PLANT, "tall-grass", 80, 6, 90, 1.6, seed ^ 2);
    }
}
