package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * A weather said of another day is not this second's sky: remembered (昨天这里还下着雪),
 * forecast (天气预报说明天有大雪), a lesson's next topic (下节课我们讲台风), or what a place
 * rarely has (一年到头很少下雨). Only the clause the weather word is in counts, and a word
 * for now (今天, 现在) in it brings the weather back to the present.
 */
final class WeatherNotNow {
    /** Words for another day, or a report of weather rather than the weather itself. */
    private static final Set<String> OTHER_TIME = Set.of("昨天", "昨晚", "昨夜", "前天", "明天",
            "明晚", "明早", "后天", "去年", "明年", "往年", "上周", "下周", "前几天", "过几天",
            "小时候", "下次", "预报", "天气预报", "预计", "预测", "yesterday", "tomorrow",
            "forecast", "forecasts");
    /** Words that say a weather is rare: "rarely rains" is no rain today. */
    private static final Set<String> RARELY = Set.of("很少", "极少", "难得", "少有", "从不",
            "从来不", "几乎不", "rarely", "seldom");
    /** Chinese pairs the segmenter parts: 很/少, 下/节课. */
    private static final Set<String> SPLIT_PAIRS = Set.of("很少", "极少", "下节", "下节课");
    /** Words for now, which keep the weather in the present ("可是现在下起了雪"). */
    private static final Set<String> NOW = Set.of("今天", "现在", "此刻", "这时", "眼下", "now",
            "today");

    private WeatherNotNow() {}

    /** Whether the weather word {@code i} is said of another time than this second. */
    static boolean said(List<Word> words, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) return false;
            String t = Catalog.normalize(b.text());
            if (NOW.contains(t)) return false;
            if (OTHER_TIME.contains(t) || OTHER_TIME.contains(b.lemma()) || RARELY.contains(t)
                    || RARELY.contains(b.lemma())) {
                return true;
            }
            if (k > 0 && splitPair(Catalog.normalize(words.get(k - 1).text()) + t)) return true;
        }
        return false;
    }

    /** Whether two parted words open one of {@link #SPLIT_PAIRS} (下 + 节 of 下节课). */
    private static boolean splitPair(String joined) {
        return SPLIT_PAIRS.stream().anyMatch(p -> p.startsWith(joined));
    }
}
