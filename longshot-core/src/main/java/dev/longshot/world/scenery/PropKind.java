package dev.longshot.world.scenery;

/** What a {@link Prop} is; says whether subjects must go round it. */
public enum PropKind {
    CONIFER(true), BROADLEAF(true), SNOWY_CONIFER(true), BUSH(true), ROCK(true),
    HOUSE(true), FENCE(true), TOWER(true),
    TEMPLE(true), COLUMN(true), BROKEN_COLUMN(true), FALLEN_COLUMN(true), WALL_RUIN(true),
    /** Molten rock: glows, but is ground, not an obstacle. */
    LAVA_POOL(false), LAVA_FLOW(false),
    /** A plume of smoke or ash: seen, not solid. */
    SMOKE(false),
    /** A catalog vehicle: moves along its road, water or air ({@link VehicleMotion}). */
    VEHICLE(false),
    /** A catalog structure drawn from its recipe and style (bridge, pagoda, wall …). */
    STRUCTURE(true),
    /** A catalog light: lantern, torch, campfire, street lamp; glows at night. */
    LIGHT(true),
    /** A catalog tree of a shape of its own: acacia, palm, bamboo, blossom tree. */
    SHAPED_TREE(true),
    /** Low plants walked through: flowers, tall grass. */
    PLANT(false),
    /** Falling water over a rock face. */
    WATERFALL(false),
    /** A stretch of road laid on the ground: driven and walked on. */
    ROAD(false),
    /** A deck over water — a bridge, a pier, a quay: walked over, not round. */
    SPAN(false),
    /** A railway's track on the ground: sleepers and two rails on their bed ({@link Railway}). */
    RAIL(false);

    private final boolean solid;

    PropKind(boolean solid) {
        this.solid = solid;
    }

    public boolean solid() {
        return solid;
    }

    public boolean tree() {
        return this == CONIFER || this == BROADLEAF || this == SNOWY_CONIFER;
    }

    public boolean building() {
        return this == HOUSE || this == TOWER || this == TEMPLE;
    }

    /** Lower-case id for obstacle names, e.g. {@code broken-column}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
