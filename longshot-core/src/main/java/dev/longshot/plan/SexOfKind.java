package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * English names a large animal's sex with the words for cattle: "a moose cow", "a bull
 * elephant", "the elephant cows". Next to another creature's name, cow and bull say which of
 * that kind it is; they are no cow of their own.
 */
final class SexOfKind {
    /** Words for a sex that are also creatures of the catalog. */
    static final Set<String> SEXES = Set.of("cow", "cows", "bull", "bulls");
    /** Creature words that are themselves cattle: "dairy cows", "a cattle bull" stay cows. */
    private static final Set<String> CATTLE = Set.of("cow", "cows", "bull", "bulls", "cattle",
            "ox", "oxen", "calf", "calves", "dairy", "highland");

    private SexOfKind() {}

    /**
     * Whether the word at {@code i} is cow or bull said of the creature named next to it, by
     * {@code namesCreature}.
     */
    static boolean said(List<Word> words, int i, Predicate<Word> namesCreature) {
        if (!SEXES.contains(Catalog.normalize(words.get(i).text()))) return false;
        return kindAt(words, i - 1, namesCreature) || kindAt(words, i + 1, namesCreature);
    }

    private static boolean kindAt(List<Word> words, int k, Predicate<Word> namesCreature) {
        if (k < 0 || k >= words.size()) return false;
        Word w = words.get(k);
        return !CATTLE.contains(Catalog.normalize(w.text())) && namesCreature.test(w);
    }
}
