package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A creature named as going with someone does what they do: "the hikers walk up the gangway
 * with the dog", "two hikers climb down, followed by their dog", 书生牵着毛驴走进院子. The
 * words of company come right before it; it takes the action of the subject named before it.
 */
final class Companions {
    private Companions() {}

    /** Words that put a creature in someone's company (glued for a split 牵/着). */
    private static final Set<String> COMPANY = Set.of("with", "followed by", "accompanied by",
            "leading", "牵着", "带着", "领着", "跟着", "牵", "带", "领");
    /** How far back from the creature the words of company may stand ("with their old dog"). */
    private static final int REACH = 4;

    /** Gives each companion without an action that of the subject it goes with. */
    static void follow(List<Word> words, ReadingDraft d) {
        List<Map.Entry<String, Integer>> named = new ArrayList<>(d.namedAt.entrySet());
        named.sort(Map.Entry.comparingByValue());
        for (int j = 1; j < named.size(); j++) {
            SubjectRef s = d.subjects.get(named.get(j).getKey());
            if (s == null || s.action() != null || !company(words, named.get(j).getValue())) {
                continue;
            }
            for (int k = j - 1; k >= 0; k--) {
                SubjectRef lead = d.subjects.get(named.get(k).getKey());
                if (lead != null && lead.action() != null && !lead.leaving()) {
                    d.act(s.id(), lead.action());
                    break;
                }
            }
        }
    }

    private static boolean company(List<Word> words, int at) {
        for (int k = at - 1; k >= Math.max(0, at - REACH); k--) {
            String one = Catalog.normalize(words.get(k).text());
            String two = k + 1 < at ? one + " " + Catalog.normalize(words.get(k + 1).text()) : "";
            String glued = k + 1 < at ? words.get(k).text() + words.get(k + 1).text() : "";
            if (COMPANY.contains(one) || COMPANY.contains(two) || COMPANY.contains(glued)) {
                return true;
            }
        }
        return false;
    }
}
