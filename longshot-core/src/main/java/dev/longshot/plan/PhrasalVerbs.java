package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English verbs whose particle or object makes the action ("set off" is a walk, "fall asleep"
 * sleep, "make camp" rest), read through the lemmatiser so every inflection counts, and the
 * way construction ("picks its way down", "fighting their way upstream"): a verb of any kind
 * with a possessive and "way" is a journey, so a walk.
 */
final class PhrasalVerbs {
    private PhrasalVerbs() {}

    /** "lemma particle" to action, from the bundled table. */
    static final Map<String, String> TABLE = BundledTable.map("phrasal-verbs.tsv");

    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our",
            "my", "your");

    /** The action of the English verb at {@code i} with what follows it, or null. */
    static String action(List<Word> words, int i) {
        Word w = words.get(i);
        if (i + 1 >= words.size() || !w.text().chars().allMatch(c -> c < 128)) return null;
        String next = Catalog.normalize(words.get(i + 1).text());
        String act = TABLE.get(w.lemma() + " " + next);
        if (act == null) act = TABLE.get(Catalog.normalize(w.text()) + " " + next);
        if (act != null) return act;
        boolean way = i + 2 < words.size() && POSSESSIVES.contains(next)
                && Catalog.normalize(words.get(i + 2).text()).equals("way");
        return way ? "walk" : null;
    }
}
