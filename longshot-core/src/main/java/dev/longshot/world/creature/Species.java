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
 */
public record Species(String id, int rank, Family family, SubjectTraits traits,
        Behaviour behaviour, boolean nearWater, double sizeSpread, double eyeHeight,
        CatalogRecipe recipe) {

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
