package dev.longshot.world.creature;

/**
 * The body plan a species is built on, named by its catalog recipe's {@code family}: each is
 * one parameterised mesh in the renderer and one way of living in the world.
 */
public enum Family {
    /** Four legs on the ground: from a cat to an elephant, a crocodile sprawls low. */
    QUADRUPED,
    /** Wings in the air: from a sparrow to a vulture. */
    BIRD,
    /** Swimmers at the water's surface: fish, dolphins, sharks, whales. */
    MARINE,
    /** People: a person, a child, a crowd, soldiers. */
    PERSON;

    /** The family of a recipe's {@code family} text, or {@code null} when none draws it. */
    static Family of(String recipeFamily) {
        return switch (recipeFamily) {
            case "quadruped" -> QUADRUPED;
            case "bird" -> BIRD;
            case "marine" -> MARINE;
            case "person" -> PERSON;
            default -> null;
        };
    }

    /** Where a body of this family lives. */
    Habitat habitat() {
        return switch (this) {
            case QUADRUPED, PERSON -> Habitat.LAND;
            case BIRD -> Habitat.AIR;
            case MARINE -> Habitat.WATER;
        };
    }
}
