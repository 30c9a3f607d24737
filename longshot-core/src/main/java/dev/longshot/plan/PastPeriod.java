package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word that sets the story in a past age: a Chinese dynasty (明朝, 北宋, 大唐) is classical
 * China, the Vikings are medieval Europe, and an age with no style of its own in the catalog
 * (Victorian London, an Edo-period street, an old-west town) is at least not today — its
 * streets get no glass towers.
 */
final class PastPeriod {
    /** What a past age gives the story: a catalog style, or none when the catalog has none. */
    record Age(String style) {}

    private static final Pattern DYNASTY = Pattern.compile(
            "(?:[夏商周秦汉晋隋唐宋元明清][朝代]|[大北南东西盛晚初][商周秦汉晋隋唐宋元明清])");
    /** Chinese words for an age: …时代, …时期, but not today's. */
    private static final Pattern AGE_ZH = Pattern.compile(".+(?:时代|时期)");
    private static final Set<String> TODAY_ZH = Set.of("现代", "当代", "新时代", "新时期", "信息时代",
            "数字时代");
    private static final Set<String> PAST_ZH = Set.of("古代", "民国", "古时候", "从前");
    private static final Map<String, String> PEOPLES = Map.of("viking", "medieval-european",
            "vikings", "medieval-european", "norman", "medieval-european",
            "normans", "medieval-european", "saxon", "medieval-european",
            "saxons", "medieval-european", "tudor", "medieval-european");
    /** English ages and the people of an age that no catalog style draws. */
    private static final Set<String> PAST_EN = Set.of("victorian", "edwardian", "elizabethan",
            "regency", "renaissance", "baroque", "colonial", "prehistoric", "samurai", "shogun",
            "edo", "cowboy", "cowboys", "saloon", "sheriff", "outlaw", "outlaws", "stagecoach",
            "wild west", "old west", "1800s", "1700s", "1600s");
    private static final Pattern CENTURY = Pattern.compile("1[0-9]th[- ]century");
    private static final Pattern AGE_EN = Pattern.compile("[a-z]+-(?:period|era)");

    private PastPeriod() {}

    /** The age word {@code i} sets the story in, or null when it names none. */
    static Age of(List<Word> words, int i) {
        Word w = words.get(i);
        String t = Catalog.normalize(w.text());
        if (t.isEmpty()) return null;
        if (t.codePointAt(0) >= 0x2E80) {
            if (DYNASTY.matcher(t).matches()) return new Age("chinese-classical");
            // 维多利亚 | 时代: the splitter parts a foreign age from its word for age.
            if ((t.equals("时代") || t.equals("时期")) && i > 0
                    && !TODAY_ZH.contains(Catalog.normalize(words.get(i - 1).text()) + t)
                    && !Catalog.normalize(words.get(i - 1).text()).isEmpty()) {
                return new Age(null);
            }
            if (PAST_ZH.contains(t) || AGE_ZH.matcher(t).matches() && !TODAY_ZH.contains(t)) {
                return new Age(null);
            }
            return null;
        }
        String style = PEOPLES.get(t);
        if (style != null) return new Age(style);
        if (PAST_EN.contains(t) || PAST_EN.contains(w.lemma()) || CENTURY.matcher(t).matches()
                || AGE_EN.matcher(t).matches()) {
            return new Age(null);
        }
        return null;
    }
}
