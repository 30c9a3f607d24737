package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * A creature named as what someone waits, looks or hopes for ("a heron waiting for a fish",
 * "looking for her cubs", "hoping to see whales", 寻找妈妈) is wanted, not seen: the line
 * does not put it on screen.
 */
final class Sought {
    /** Verbs of seeking, as written; English ones take "for" before what is sought. */
    private static final Set<String> SEEKING_EN = Set.of("wait", "waits", "waiting", "waited",
            "look", "looks", "looking", "looked", "search", "searches", "searching", "searched",
            "watch", "watches", "watching", "listen", "listens", "listening", "hunt", "hunts",
            "hunting", "call", "calls", "calling", "long", "longs", "longing");
    private static final Set<String> SEEKING_ZH = Set.of("寻找", "找", "等待", "等着", "等", "盼着",
            "想念", "思念", "寻觅");
    /** Words allowed between "for" and the creature: articles, possessives, counts. */
    private static final Set<String> BETWEEN = Set.of("a", "an", "the", "its", "their", "his",
            "her", "some", "any", "more", "one", "another", "own");

    private Sought() {}

    /** Verbs of hoping before "to see" ("hoping to see whales", "want to spot a bear"). */
    private static final Set<String> HOPING = Set.of("hope", "hopes", "hoping", "want", "wants",
            "wanting", "try", "tries", "trying", "chance", "expect", "expecting");
    /** Verbs of seeing after a hope ("to see", "to spot", "to find"). */
    private static final Set<String> SEEING = Set.of("see", "spot", "find", "glimpse", "catch");

    /** Whether the creature at word {@code i} is only sought. */
    static boolean sought(List<Word> words, int i) {
        int k = i - 1;
        while (k >= 0 && BETWEEN.contains(Catalog.normalize(words.get(k).text()))) k--;
        if (k >= 0 && SEEKING_ZH.contains(Catalog.normalize(words.get(k).text()))) return true;
        // "We're hoping to see whales": hoped for, not seen yet.
        if (k >= 2 && SEEING.contains(Catalog.normalize(words.get(k).text()))
                && Catalog.normalize(words.get(k - 1).text()).equals("to")
                && HOPING.contains(Catalog.normalize(words.get(k - 2).text()))) {
            return true;
        }
        if (k < 1 || !Catalog.normalize(words.get(k).text()).equals("for")) return false;
        return SEEKING_EN.contains(Catalog.normalize(words.get(k - 1).text()));
    }
}
