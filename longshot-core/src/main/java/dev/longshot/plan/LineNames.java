package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import java.util.Locale;

/**
 * What a plan's own line names in its words, as opposed to what it carries from lines before:
 * a carried lantern keeps the words it was named with, and only a line that says them again
 * names it. The reading of text stays here, in the plan layer; the world asks by id.
 */
public final class LineNames {
    private LineNames() {}

    /** Whether {@code plan}'s line says the words {@code thing} was named with. */
    public static boolean names(ScenePlan plan, ThingRef thing) {
        return !thing.said().isBlank() && says(plan, thing.said());
    }

    /**
     * Whether {@code plan}'s line says the words {@code subject} was named with (熊 in
     * 熊掌: the bear's paw is the bear's) — the rule {@code longshot shown} counts a subject
     * as named by.
     */
    public static boolean names(ScenePlan plan, SubjectRef subject) {
        return !subject.said().isBlank() && says(plan, subject.said());
    }

    /** Whether {@code plan}'s line says one of the catalog's words for entry {@code id}. */
    public static boolean namesEntry(ScenePlan plan, String id) {
        return Catalog.bundled().byId(id).map(e -> {
            for (String p : e.zh()) if (says(plan, p)) return true;
            for (String p : e.en()) if (says(plan, p)) return true;
            return false;
        }).orElse(false);
    }

    private static boolean says(ScenePlan plan, String words) {
        return plan.text().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
    }
}
