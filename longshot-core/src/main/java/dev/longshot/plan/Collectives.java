package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Herd words (herd, flock, pack, 群 …) are counts, not creatures of their own. Said before
 * "of" and a creature ("a flock of gulls", "a family of otters") they count that creature;
 * said alone after "the" ("the herd moves on", "the rest of the pack") they refer back to the
 * animals on screen, which are then a group.
 */
final class Collectives {
    /** Words a herd word refers back through: "the herd", "its flock", "the rest of the pack". */
    private static final Set<String> BACK = Set.of("the", "its", "their", "his", "her", "that",
            "this", "whole", "entire");
    /** Words between "of" and the creature it counts ("a flock of noisy gulls"). */
    private static final int REACH = 3;

    private Collectives() {}

    private static boolean collective(Word w) {
        return ReaderWords.COLLECTIVES.contains(Catalog.normalize(w.text()))
                || ReaderWords.COLLECTIVES.contains(w.lemma());
    }

    /** Whether word {@code i} is a herd word counting a creature after "of". */
    static boolean countsNext(List<Word> words, int i, Predicate<Word> creature) {
        if (!collective(words.get(i)) || i + 2 >= words.size()
                || !Catalog.normalize(words.get(i + 1).text()).equals("of")) {
            return false;
        }
        for (int k = i + 2; k < Math.min(words.size(), i + 2 + REACH); k++) {
            Word w = words.get(k);
            if (w.pos() == PartOfSpeech.PUNCTUATION) return false;
            if (creature.test(w)) return true;
        }
        return false;
    }

    /** Whether word {@code i} is a herd word said back ("the herd leaves"), counting nothing. */
    static boolean saidBack(List<Word> words, int i) {
        if (!collective(words.get(i)) || i == 0) return false;
        if (i + 1 < words.size() && Catalog.normalize(words.get(i + 1).text()).equals("of")) {
            return false;
        }
        return BACK.contains(Catalog.normalize(words.get(i - 1).text()));
    }
}
