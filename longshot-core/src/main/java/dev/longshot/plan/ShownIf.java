package dev.longshot.plan;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A word that names a part of what the plan draws, or what that part does: the sky, the water
 * of a water setting, the trunks of a forest's trees, the river that flows. Whether it is
 * shown depends on the plan of its line, not on the line alone ("the water" of a lake is
 * shown; of a desert it is not), so the memory resolves it once the line's keys are known.
 *
 * @param said  the word as written
 * @param needs what the plan must have: {@code always}, {@code water}, {@code trees},
 *              {@code wind}, {@code town} or {@code creature}
 */
public record ShownIf(String said, String needs) {
    /** Every condition a word may need, in the order {@code scene-words.tsv} explains them. */
    public static final List<String> NEEDS = List.of("always", "water", "trees", "wind", "town",
            "creature");

    /** Settings the world draws with trees in them (NatureLayout, SavannaLayout). */
    private static final Set<String> TREED = Set.of("forest", "jungle", "valley", "mountains",
            "savanna", "grassland", "village", "coast", "snowfield");
    /** Things that are trees. */
    private static final Set<String> TREES = Set.of("tree", "pine", "acacia", "palm", "bamboo",
            "blossom-tree");
    private static final Set<String> SETTLEMENTS = Set.of("harbour", "village", "town", "city",
            "ancient-city");

    public ShownIf {
        Objects.requireNonNull(said, "said");
        if (!NEEDS.contains(needs)) throw new IllegalArgumentException("needs " + needs);
    }

    /** Whether a second planned with these keys shows the word. */
    public boolean shownBy(String setting, String water, String weather,
            List<SubjectRef> subjects, List<ThingRef> things) {
        return switch (needs) {
            case "water" -> water != null && !water.equals("none");
            case "trees" -> TREED.contains(setting)
                    || things.stream().anyMatch(t -> TREES.contains(t.id()));
            case "wind" -> "storm".equals(weather) || "dust".equals(weather);
            case "town" -> SETTLEMENTS.contains(setting);
            case "creature" -> !subjects.isEmpty();
            default -> true;
        };
    }

    /** The word reported as not shown, with the reason, for a plan that lacks what it needs. */
    public NotShownWord notShown() {
        return new NotShownWord(said, switch (needs) {
            case "water" -> "no water in this place";
            case "trees" -> "no trees in this place";
            case "wind" -> "wind is drawn only as a storm or blowing dust";
            case "town" -> "no streets in this place";
            case "creature" -> "no creature on screen";
            default -> "not drawn";
        });
    }
}
