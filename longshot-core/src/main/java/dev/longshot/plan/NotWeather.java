package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * Weather words said of something else: dust a horse or a car kicks up is a puff behind it,
 * not a dust storm; clear water is water one can see through, not a clear sky (mist the sun
 * breaks through is {@link WeatherStop#dispelled}).
 */
final class NotWeather {
    private static final Set<String> KICK = Set.of("kick", "kicks", "kicking", "kicked",
            "churn", "churns", "churning", "churned", "trail", "plume", "puff", "puffs");
    private static final Set<String> WATERS = Set.of("water", "waters", "stream", "streams",
            "lake", "lakes", "sea", "seas", "river", "rivers", "pool", "pools", "pond",
            "ponds", "lagoon", "shallows");

    private NotWeather() {}

    /** Whether the dust word {@code i} is kicked up ("kicking up dust", "dust kicking up"). */
    static boolean kickedUp(List<Word> words, int i) {
        for (int k = Math.max(0, i - 3); k <= Math.min(words.size() - 1, i + 2); k++) {
            if (k == i) continue;
            Word w = words.get(k);
            if (KICK.contains(Catalog.normalize(w.text())) || KICK.contains(w.lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "clear" at {@code i} says what water is like: a word for water follows within
     * its phrase ("clear, warm water", "clear blue lake").
     */
    static boolean ofWater(List<Word> words, int i) {
        if (!Catalog.normalize(words.get(i).text()).equals("clear")) return false;
        for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
            Word w = words.get(k);
            String t = Catalog.normalize(w.text());
            if (WATERS.contains(t)) return true;
            if (w.pos() == PartOfSpeech.PUNCTUATION && !t.equals(",")) return false;
        }
        return false;
    }
}
