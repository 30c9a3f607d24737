package dev.longshot.world.scenery;

/** What a {@link Prop} is; says whether subjects must go round it. */
public enum PropKind {
    CONIFER(true), BROADLEAF(true), SNOWY_CONIFER(true), BUSH(true), ROCK(true),
    HOUSE(true), FENCE(true), TOWER(true),
    TEMPLE(true), COLUMN(true), BROKEN_COLUMN(true), FALLEN_COLUMN(true), WALL_RUIN(true),
    /** Molten rock: glows, but is ground, not an obstacle. */
    LAVA_POOL(false), LAVA_FLOW(false),
    /** A plume of smoke or ash: seen, not solid. */
    SMOKE(false);

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
