package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * Chinese "not a single one", where the denial comes after the noun: 一朵云都没有, 天上一丝云也
 * 没有, 连一只鸟都看不见. What is named this way is absent, though no negation stands before it.
 */
final class NoneAtAll {
    /** Words that open the "a single one" before the noun: 一朵, 一丝, 连. */
    private static final Set<String> ONE = Set.of("一", "连", "半");
    /** The "even" after the noun. */
    private static final Set<String> EVEN = Set.of("都", "也");
    /** Denials after it. */
    private static final Set<String> DENIALS = Set.of("没有", "没", "不见", "看不见", "看不到",
            "见不到", "不");

    private NoneAtAll() {}

    /** Whether the noun at {@code i} is denied by a following 都/也 + denial after 一/连. */
    static boolean said(List<Word> words, int i) {
        if (i + 2 >= words.size()) return false;
        boolean single = false;
        for (int k = i - 1; k >= Math.max(0, i - 3) && !single; k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) break;
            String t = Catalog.normalize(b.text());
            single = ONE.contains(t) || t.startsWith("一") && t.length() <= 2
                    || t.startsWith("连");
        }
        if (!single) return false;
        if (!EVEN.contains(Catalog.normalize(words.get(i + 1).text()))) return false;
        // 都没有, or a verb before its denial split from it: 都看/不/见.
        for (int k = i + 2; k < Math.min(words.size(), i + 4); k++) {
            String t = Catalog.normalize(words.get(k).text());
            if (DENIALS.contains(t) || t.startsWith("没")) return true;
        }
        return false;
    }
}
