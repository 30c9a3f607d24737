package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * A creature asked after and then denied: "A bear? No, just a dark rock.", 是熊吗?不,只是一块
 * 黑石头。 The question names what the eye took it for; the answer says it is not there.
 */
final class Mistaken {
    /** Answers that deny what was asked. */
    private static final Set<String> DENIALS = Set.of("no", "nope", "nah", "not", "不",
            "不是", "不对", "没有");
    /** Words that may stand between the creature and its question mark. */
    private static final int REACH = 4;

    private Mistaken() {}

    /** Whether the creature at {@code i} is asked after and the answer denies it. */
    static boolean said(List<Word> words, int i) {
        for (int k = i + 1; k < Math.min(words.size(), i + 1 + REACH); k++) {
            Word w = words.get(k);
            if (w.pos() != PartOfSpeech.PUNCTUATION) continue;
            if (!w.text().equals("?") && !w.text().equals("\uFF1F")) return false;
            return k + 1 < words.size()
                    && DENIALS.contains(Catalog.normalize(words.get(k + 1).text()));
        }
        return false;
    }
}
