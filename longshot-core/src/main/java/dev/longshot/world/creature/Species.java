package dev.longshot.world.creature;

import dev.longshot.catalog.CatalogRecipe;

/**
 * One kind of creature the world can put in a scene, read from its catalog entry: the world
 * moves it by its traits and behaviour, the renderer builds its body from its family and
 * recipe. Adding a species of an existing family is a catalog entry, not a class.
 *
 * @param id         catalog id, e.g. {@code zebra}
 * @param rank       order of spawning and of the groups in a scene (the old vocabulary
 *                   first, so scenes made of it keep their places)
 * @param family     body plan
 * @param traits     group size, body and motion limits
 * @param behaviour  how its group moves
 * @param nearWater  its group gathers by the water's edge when there is water
 * @param sizeSpread how much individuals differ in size (0.2: ±10 %)
 * @param eyeHeight  height of the eyes above the base point at size 1, metres
 * @param recipe     the catalog's recipe, for the renderer
 * @param mount      the species it rides (a knight's horse), or null: on its own feet
 */
public record Species(String id, int rank, Family family, SubjectTraits traits,
        Behaviour behaviour, boolean nearWater, double sizeSpread, double eyeHeight,
        CatalogRecipe recipe, Species mount) {
    /** How far the rider's eyes are above the mount's: a seated rider's trunk and head. */
    private static final double SEATED_EYE = 0.75;

    /**
     * This species riding {@code m}: one body that moves as the mount does (its reach,
     * speeds, stride and gait) and keeps its own group size, spawn range and behaviour; the
     * renderer draws the mount with this species seated on it.
     */
    public Species mountedOn(Species m) {
        SubjectTraits r = traits, t = m.traits();
        SubjectTraits both = new SubjectTraits(r.minGroup(), r.maxGroup(), t.radius(), t.walk(),
                t.run(), t.accel(), t.stride(), t.habitat(),
                StrictMath.max(r.spacing(), t.spacing()), StrictMath.max(r.spawnNear(),
                        t.spawnNear()), StrictMath.max(r.spawnFar(), t.spawnFar()), t.wadeDepth());
        return new Species(id, rank, family, both, behaviour, nearWater, sizeSpread * 0.5,
                m.eyeHeight() + SEATED_EYE, recipe, m);
    }

    /** This species drawn from {@code look} (another entry's body), moving as itself. */
    Species drawnAs(CatalogRecipe look) {
        return new Species(id, rank, family, traits, behaviour, nearWater, sizeSpread,
                eyeHeight, look, mount);
    }

    /** True when it rides a mount. */
    public boolean mounted() {
        return mount != null;
    }

    /** The id of its mount, or "" on foot. */
    public String mountId() {
        return mount == null ? "" : mount.id();
    }

    /** Where it lives. */
    public Habitat habitat() {
        return traits.habitat();
    }

    /** True for a soldier-like formation. */
    public boolean marches() {
        return behaviour == Behaviour.FORMATION;
    }

    /** True for groups without flocking (a formation keeps its ranks, a soarer its circle). */
    boolean keepsApart() {
        return behaviour == Behaviour.FORMATION || behaviour == Behaviour.CIRCLE;
    }

    // Records compare every field; a species is its id (the recipe map is large).
    @Override
    public boolean equals(Object o) {
        return o instanceof Species s && s.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
