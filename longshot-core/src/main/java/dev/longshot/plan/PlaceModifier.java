package dev.longshot.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A place that only says where the next place lies: in 长江边的武汉 or 黄河岸边的小城 the river
 * is by the city, and the city (the head of the phrase) is where the story is. The river
 * still gives the water.
 */
final class PlaceModifier {
    /** What stands between a modifying place and its head: (边|畔|岸边|脚下…)的. */
    private static final Pattern BETWEEN = Pattern.compile(
            "\\s*(?:边|畔|旁|岸边|沿岸|脚下|之滨|江畔|河畔)?\\s*的\\s*");

    private PlaceModifier() {}

    /** The places of {@code found} that modify the place named right after them. */
    static Set<Places.Found> modifiers(String line, List<Places.Found> found) {
        Set<Places.Found> out = new HashSet<>();
        for (int k = 0; k + 1 < found.size(); k++) {
            Places.Found a = found.get(k);
            Places.Found b = found.get(k + 1);
            if (b.start() >= a.end()
                    && BETWEEN.matcher(line.substring(a.end(), b.start())).matches()) {
                out.add(a);
            }
        }
        return out;
    }
}
