package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * A creature only heard: 远处传来几声狗叫, 只听见鸟在叫, 听到一阵狼嚎. A hearing verb or a count
 * of sounds (几声, 一阵) before the creature and its call after it put the call on the
 * soundtrack, not the creature on screen (一只狗在叫 alone is a dog seen barking).
 */
final class HeardOnly {
    /** Verbs of hearing and sounds carrying. */
    private static final Set<String> HEARING = Set.of("传来", "传出", "听见", "听到", "听得见",
            "听得到", "听", "只听", "只听见", "只听到", "响起", "隐约");
    /** Counts of sounds: 几声, 一阵. */
    private static final Set<String> SOUND_COUNTS = Set.of("声", "几声", "一声", "阵", "一阵",
            "阵阵");
    /** First characters of calls: 叫, 鸣, 嚎, 吠, 啼, 吼. */
    private static final String CALLS = "叫鸣嚎吠啼吼";

    private HeardOnly() {}

    /** Whether the creature at {@code i} is only heard calling. */
    static boolean said(List<Word> words, int i) {
        if (callAt(words, i) < 0) return false;
        for (int k = i - 1; k >= 0; k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) return false;
            String t = Catalog.normalize(b.text());
            if (HEARING.contains(t) || SOUND_COUNTS.contains(t)
                    || t.startsWith("传来") || t.startsWith("听")) {
                return true;
            }
        }
        return false;
    }

    /** The call after the creature at {@code i}, straight or after 在/的, or -1. */
    static int callAt(List<Word> words, int i) {
        for (int k = i + 1; k < Math.min(words.size(), i + 3); k++) {
            String t = Catalog.normalize(words.get(k).text());
            if (!t.isEmpty() && CALLS.indexOf(t.charAt(0)) >= 0) return k;
            if (!Set.of("在", "的", "们").contains(t)) return -1;
        }
        return -1;
    }
}
