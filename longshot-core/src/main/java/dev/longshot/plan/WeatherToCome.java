package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * A rain, snow or storm that is still to come ("it's going to rain", "a coming storm", 马上就要
 * 下雨了, 大雨即将来临) is not falling yet: what the sky shows is the clouds it comes with.
 */
final class WeatherToCome {
    /** Words before the weather that put it in the future. */
    private static final Set<String> BEFORE = Set.of("going", "about", "coming", "approaching",
            "looming", "gathering", "impending", "oncoming", "threatening", "就要", "快要", "将要",
            "即将", "马上要", "眼看要", "眼看着要");
    /** Short words that say "soon" only right before the weather (要下雨, 快下雪了). */
    private static final Set<String> JUST_BEFORE = Set.of("要", "快");
    /** Words after it that say it is on its way. */
    private static final Set<String> AFTER = Set.of("brewing", "coming", "approaching",
            "looming", "gathering", "building", "threatens", "酝酿", "将至", "即将来临", "要来了",
            "欲来", "来临", "逼近", "临近");
    private static final int REACH = 3;

    private WeatherToCome() {}

    /** Whether the weather word {@code i} names a weather still to come. */
    static boolean coming(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - REACH); k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) break;
            String t = Catalog.normalize(b.text());
            if (BEFORE.contains(t) || BEFORE.contains(b.lemma())
                    || k == i - 1 && JUST_BEFORE.contains(t)) {
                return true;
            }
        }
        for (int k = i + 1; k < Math.min(words.size(), i + 1 + REACH + 1); k++) {
            Word a = words.get(k);
            if (a.pos() == PartOfSpeech.PUNCTUATION) return false;
            String t = Catalog.normalize(a.text());
            if (AFTER.contains(t) || AFTER.contains(a.lemma())) return true;
            if (ReaderWords.gluedVerb(t, AFTER)) return true;
        }
        return false;
    }
}
