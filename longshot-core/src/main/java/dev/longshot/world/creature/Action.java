package dev.longshot.world.creature;

import java.util.Set;

/**
 * What a plan's {@code action} means for a group's motion: some actions keep it standing
 * (grazing, drinking, sleeping), some make it hurry (running, fleeing); the others leave it
 * to its usual behaviour.
 */
final class Action {
    private static final Set<String> RESTING = Set.of("graze", "drink", "eat", "sleep", "rest",
            "sit", "stand", "lie");
    private static final Set<String> HURRYING = Set.of("run", "flee", "chase", "gallop",
            "charge", "race");

    private Action() {}

    /** True when {@code action} keeps a walker or swimmer standing where it is. */
    static boolean rests(String action) {
        return action != null && RESTING.contains(action);
    }

    /** True when {@code action} makes the group go at a run. */
    static boolean hurries(String action) {
        return action != null && HURRYING.contains(action);
    }
}
