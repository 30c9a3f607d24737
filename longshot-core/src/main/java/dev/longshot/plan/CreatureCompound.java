package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Two English animal nouns in a row name one animal: in "a fish eagle", "a snake eagle" the
 * first says what the second hunts or is like, so only the last is on screen; in "a zebra
 * foal", "an elephant calf" the second is the young of the first, which is the kind shown.
 */
final class CreatureCompound {
    /** Words for the young of an animal, said after its kind. */
    static final Set<String> YOUNG = Set.of("foal", "foals", "fawn", "fawns", "pup", "pups",
            "chick", "chicks", "kit", "kits", "joey", "joeys", "hatchling", "hatchlings",
            "lamb", "lambs", "calf", "calves", "cub", "cubs");

    private CreatureCompound() {}

    /**
     * Whether the animal word at {@code i} only modifies the animal noun straight after it
     * ("fish eagle"); {@code animal} tells an animal word (not people) by the catalog.
     */
    static boolean modifier(List<Word> words, int i, Predicate<Word> animal) {
        if (i + 1 >= words.size() || !ascii(words.get(i))) return false;
        Word w = words.get(i);
        Word next = words.get(i + 1);
        if (next.pos() == PartOfSpeech.PUNCTUATION || next.start() != w.end() + 1) return false;
        String t = Catalog.normalize(w.text());
        // "lions hunt": a plural before is a subject and its verb, not a compound.
        if (!t.equals(w.lemma()) || t.endsWith("'s") || t.endsWith("\u2019s")) return false;
        String n = Catalog.normalize(next.text());
        // "a bear fishes": an -s form after a singular animal is its verb; "a moose cow" is
        // the moose's sex (SexOfKind).
        if (!n.equals(next.lemma()) || next.pos() == PartOfSpeech.VERB
                || SexOfKind.SEXES.contains(n)) {
            return false;
        }
        return !YOUNG.contains(n) && !YOUNG.contains(next.lemma()) && animal.test(w)
                && animal.test(next);
    }

    /** Whether the word at {@code i} is the young of the animal named straight before it. */
    static boolean youngOfBefore(List<Word> words, int i, Predicate<Word> animal) {
        Word w = words.get(i);
        if (i == 0 || !ascii(w)) return false;
        String t = Catalog.normalize(w.text());
        Word before = words.get(i - 1);
        return (YOUNG.contains(t) || YOUNG.contains(w.lemma())) && before.end() + 1 == w.start()
                && animal.test(before);
    }

    private static boolean ascii(Word w) {
        return w.text().chars().allMatch(c -> c < 128 || c == '\u2019');
    }
}
