package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * English locative inversion: a clause that opens with "here" or a place ("Up in the oak sat
 * the owl", "Here comes our diver", "Out of the reeds swims a duck") puts its verb before its
 * subject, so the verb is the action of the creature named after it.
 */
final class Inversion {
    private Inversion() {}

    /** Words that open an inverted clause: "here" and prepositions of place. */
    private static final Set<String> OPENERS = Set.of("here", "up", "down", "in", "into", "out",
            "on", "onto", "over", "from", "across", "through", "along", "under", "beneath",
            "behind", "above", "around", "past", "off");

    /** Words that may stand between the verb and its creature ("sat the old owl"). */
    private static final Set<String> BEFORE_NOUN = Set.of("the", "a", "an", "our", "his", "her",
            "their", "my", "your", "its", "two", "three", "four", "five", "some", "old", "little",
            "young", "big", "lone", "small", "great");

    /**
     * The action of the English verb at {@code i} when it opens an inverted clause and names
     * none before it, else null: "comes" after "here" is arriving; otherwise the verb's own.
     */
    static String action(List<Word> words, int i, String own) {
        Word w = words.get(i);
        if (!w.text().chars().allMatch(c -> c < 128)) return null;
        int start = i;
        while (start > 0 && words.get(start - 1).pos() != PartOfSpeech.PUNCTUATION) start--;
        if (start == i) return null;
        String opener = Catalog.normalize(words.get(start).text());
        if (!OPENERS.contains(opener)) return null;
        for (int k = start; k < i; k++) {
            if (ReaderWords.REFERENCES.contains(Catalog.normalize(words.get(k).text()))) {
                return null; // "Up they go": a pronoun before the verb is its subject
            }
        }
        if (opener.equals("here") && w.lemma().equals("come") && start + 1 == i) return "arrive";
        return own;
    }

    /** The index of the first word after the verb at {@code i} that may name its subject. */
    static int subjectAfter(List<Word> words, int i) {
        int k = i + 1;
        while (k < words.size() && k < i + 4
                && BEFORE_NOUN.contains(Catalog.normalize(words.get(k).text()))) {
            k++;
        }
        return k < words.size() && words.get(k).pos() != PartOfSpeech.PUNCTUATION ? k : -1;
    }
}
