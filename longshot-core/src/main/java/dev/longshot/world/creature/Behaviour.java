package dev.longshot.world.creature;

/**
 * How a group of a species moves together, from its recipe's {@code behaviour}: the one
 * thing of a creature's motion that is not a number.
 */
public enum Behaviour {
    /** Wanders as a loose group and pauses (sheep, people, fish, most flocks). */
    ROAM,
    /** Roams, and now and then the whole group breaks into a run (deer, horses, wolves). */
    FLEE,
    /** Marches in ranks behind a moving front (soldiers). */
    FORMATION,
    /** Circles its home alone on the wind, no flocking (an eagle, a vulture). */
    CIRCLE;

    static Behaviour of(String text) {
        return switch (text) {
            case "flee" -> FLEE;
            case "formation" -> FORMATION;
            case "circle" -> CIRCLE;
            default -> ROAM;
        };
    }
}
