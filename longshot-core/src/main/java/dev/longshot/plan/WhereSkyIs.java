package dev.longshot.plan;

import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.function.Predicate;

/**
 * A Chinese place said with a locative as where the sky or the weather is (山谷里挂起一道彩虹,
 * 云雾在山谷间翻滚, 阳光照在雪地上) is a place looked at from where the story is: it sets the
 * scene only when the story has no place yet, like a feature of the landscape. A line that
 * opens with the place is the story's place described (山谷里薄雾缭绕).
 */
final class WhereSkyIs {
    /** Locatives that make the place before them a location (里, 上, 间). */
    private static final String LOCATIVES = "里上中间";

    private WhereSkyIs() {}

    /**
     * Whether the Han place word {@code i} is followed by a locative and its clause names the
     * sky or the weather ({@code skyOrWeather}), with no verb of travel or entering before
     * it (来到山谷里, 走进山谷里).
     */
    static boolean at(List<Word> words, int i, Predicate<Word> skyOrWeather) {
        String t = words.get(i).text();
        if (t.isEmpty() || t.codePointAt(0) < 0x2E80) return false;
        boolean located = LOCATIVES.indexOf(t.charAt(t.length() - 1)) >= 0 && t.length() > 1
                || i + 1 < words.size() && words.get(i + 1).start() == words.get(i).end()
                && words.get(i + 1).text().length() == 1
                && LOCATIVES.contains(words.get(i + 1).text());
        if (!located) return false;
        // A line that opens with the place (山谷里薄雾缭绕) describes where the story is.
        if (i == 0) return false;
        int from = i;
        while (from > 0 && words.get(from - 1).pos() != PartOfSpeech.PUNCTUATION) from--;
        int to = i;
        while (to + 1 < words.size() && words.get(to + 1).pos() != PartOfSpeech.PUNCTUATION) to++;
        for (int k = from; k < i; k++) {
            Word b = words.get(k);
            if (ReaderWords.TRAVEL.contains(b.lemma()) || ReaderWords.TRAVEL.contains(b.text())
                    || b.text().contains("进")) {
                return false;
            }
        }
        for (int k = from; k <= to; k++) {
            if (k != i && skyOrWeather.test(words.get(k))) return true;
        }
        return false;
    }
}
