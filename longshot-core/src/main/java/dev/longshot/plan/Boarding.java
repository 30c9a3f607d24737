package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Getting into a vehicle: "We climb into a long wooden boat", "we board the ferry", 我们上了船.
 * Whoever boards rides it from then on; it is no trip told in passing ("we climb to the top").
 */
final class Boarding {
    /** Verbs that board by themselves: "board", "embark", 上船, 登上, 坐上. */
    private static final Set<String> BOARD = Set.of("board", "boards", "boarded", "boarding",
            "embark", "embarks", "上", "上了", "登上", "坐上", "跳上", "踏上", "登", "坐进", "钻进");
    /** Verbs that board with a particle after them: "climb into", "get on", "step aboard". */
    private static final Set<String> GET = Set.of("climb", "get", "step", "hop", "jump",
            "pile", "clamber", "scramble", "crowd", "squeeze");
    private static final Set<String> INTO = Set.of("into", "in", "on", "onto", "aboard",
            "onboard", "inside");
    /** Words of the boarder's clause its verb is looked for in. */
    private static final int CLAUSE = 10;
    /** Words that bring someone else into the clause, or a clause of when. */
    private static final Set<String> OTHERS = Set.of("he", "she", "they", "it", "who", "as",
            "while", "when", "watch", "see", "他", "她", "他们", "她们", "看着");
    /** Words between the verb and its vehicle ("into a long wooden boat"). */
    private static final int REACH = 5;

    private Boarding() {}

    /**
     * The index of the vehicle the one at {@code i} boards in its clause, or -1.
     *
     * @param vehicle whether a word names a vehicle
     */
    static int vehicleAfter(List<Word> words, int i, Predicate<Word> vehicle) {
        for (int k = i + 1; k < Math.min(words.size(), i + 1 + CLAUSE); k++) {
            Word w = words.get(k);
            // "We walk down to the jetty and climb into a boat"; not "we watch as he boards".
            if (w.pos() == PartOfSpeech.PUNCTUATION
                    || OTHERS.contains(Catalog.normalize(w.text()))) {
                return -1;
            }
            int from = verbEnd(words, k);
            if (from < 0) continue;
            for (int v = from + 1; v < Math.min(words.size(), from + 1 + REACH); v++) {
                Word a = words.get(v);
                if (a.pos() == PartOfSpeech.PUNCTUATION) return -1;
                if (vehicle.test(a)) return v;
            }
            return -1;
        }
        return -1;
    }

    /** The last word of a boarding verb at {@code k} ("climb into" ends at "into"), or -1. */
    private static int verbEnd(List<Word> words, int k) {
        Word w = words.get(k);
        String t = Catalog.normalize(w.text());
        if (BOARD.contains(t) || BOARD.contains(w.lemma())) return k;
        String[] parts = w.lemma().split(" ");
        // The splitter may keep a phrasal verb whole: "climb into" as one word.
        if (parts.length == 2 && GET.contains(parts[0]) && INTO.contains(parts[1])) return k;
        boolean get = GET.contains(t) || GET.contains(w.lemma());
        if (get && k + 1 < words.size()
                && INTO.contains(Catalog.normalize(words.get(k + 1).text()))) {
            return k + 1;
        }
        return -1;
    }
}
