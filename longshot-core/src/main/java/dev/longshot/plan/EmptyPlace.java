package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogKind;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a line says the place is empty of people ("the empty Forum", "the pavement
 * empties", "the streets are quiet", 街道空了, 空无一人, 冷冷清清). "Empty" said of a thing in the place ("an empty stone hut",
 * "an empty boat") empties only that thing: the people on screen stay.
 */
final class EmptyPlace {
    private EmptyPlace() {}

    /** Forms that always say the place emptied: a verb, or Chinese (街道空了, 空无一人). */
    private static final Pattern EMPTIED = Pattern.compile(
            "\\bempties\\b|\\bemptied\\b|空了|空无一人|空荡荡|人去楼空|冷冷清清|冷清|寂静无人"
            // "the streets are quiet", "the square falls silent": the crowd has gone home.
            + "|\\b(streets?|squares?|town|city|village|market|alleys?|plaza|lanes?|roads?)"
            + " (is|are|grows?|fall|falls|goes|go|becomes?|lies|lie) (now )?"
            + "(quiet|silent|still|deserted)\\b");
    /** Words after "empty" in which the thing it describes is looked for. */
    private static final int REACH = 3;

    /** Whether the line empties its place; {@code lowerLine} is the line in lower case. */
    static boolean said(Catalog catalog, String lowerLine, List<Word> words) {
        if (EMPTIED.matcher(lowerLine).find()) return true;
        for (int i = 0; i < words.size(); i++) {
            String t = Catalog.normalize(words.get(i).text());
            if ((t.equals("empty") || t.equals("deserted")) && !ofThing(catalog, words, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the adjective at {@code i} describes a thing of the catalog ("empty hut"). */
    private static boolean ofThing(Catalog catalog, List<Word> words, int i) {
        for (int k = i + 1; k < Math.min(words.size(), i + 1 + REACH); k++) {
            Word w = words.get(k);
            if (w.pos() == PartOfSpeech.PUNCTUATION) return false;
            boolean thing = catalog.byPhrasing(Catalog.normalize(w.text())).stream()
                    .anyMatch(e -> e.kind() == CatalogKind.THING)
                    || catalog.byPhrasing(w.lemma()).stream()
                            .anyMatch(e -> e.kind() == CatalogKind.THING);
            if (thing) return true;
        }
        return false;
    }
}
