package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Weather words said of something else: dust a horse or a car kicks up is a puff behind it,
 * not a dust storm; clear water is water one can see through, not a clear sky (mist the sun
 * breaks through is {@link WeatherStop#dispelled}); smoke inside a thing (寺庙里烟雾缭绕, 屋里浓烟)
 * fills that building, not the sky.
 */
final class NotWeather {
    private static final Set<String> KICK = Set.of("kick", "kicks", "kicking", "kicked",
            "churn", "churns", "churning", "churned", "trail", "plume", "puff", "puffs");
    private static final Set<String> WATERS = Set.of("water", "waters", "stream", "streams",
            "lake", "lakes", "sea", "seas", "river", "rivers", "pool", "pools", "pond",
            "ponds", "lagoon", "shallows");

    /** Snow that lies on the ground or the trees (积雪, 残雪), not snow that falls. */
    private static final Set<String> LYING_SNOW = Set.of("积雪", "残雪", "落雪");

    private NotWeather() {}

    /**
     * Whether {@code w} is snow lying about (树上的积雪簌簌落下): the snow of a snowy place, not
     * a snowfall, so it only suggests snow to a story that has named no weather yet.
     */
    static boolean lyingSnow(Word w) {
        return LYING_SNOW.contains(Catalog.normalize(w.text()));
    }

    /** Whether the dust word {@code i} is kicked up ("kicking up dust", "dust kicking up"). */
    static boolean kickedUp(List<Word> words, int i) {
        for (int k = Math.max(0, i - 3); k <= Math.min(words.size() - 1, i + 2); k++) {
            if (k == i) continue;
            Word w = words.get(k);
            if (KICK.contains(Catalog.normalize(w.text())) || KICK.contains(w.lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "clear" at {@code i} says what water is like: a word for water follows within
     * its phrase ("clear, warm water", "clear blue lake").
     */
    static boolean ofWater(List<Word> words, int i) {
        if (!Catalog.normalize(words.get(i).text()).equals("clear")) return false;
        for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
            Word w = words.get(k);
            String t = Catalog.normalize(w.text());
            if (WATERS.contains(t)) return true;
            if (w.pos() == PartOfSpeech.PUNCTUATION && !t.equals(",")) return false;
        }
        return false;
    }

    /** Locatives that put what follows inside the thing before them. */
    private static final Set<String> INSIDE = Set.of("里", "内", "中");
    /** How many words may stand between the inside of a thing and the smoke. */
    private static final int MAX_BETWEEN = 3;

    /**
     * Whether the word {@code i} is said inside a thing ({@code thing} telling a thing's word):
     * 寺庙里烟雾缭绕, the smoke of incense in a temple, is no weather of the place.
     */
    static boolean insideAThing(List<Word> words, int i, Predicate<Word> thing) {
        for (int k = i - 1; k >= Math.max(0, i - MAX_BETWEEN); k--) {
            Word w = words.get(k);
            if (w.pos() == PartOfSpeech.PUNCTUATION) return false;
            String t = w.text();
            if (INSIDE.contains(t)) return k > 0 && thing.test(words.get(k - 1));
            if (t.length() > 1 && INSIDE.contains(t.substring(t.length() - 1))) {
                String before = t.substring(0, t.length() - 1);
                return thing.test(new Word(before, before, w.pos(), w.start(), w.end() - 1));
            }
        }
        return false;
    }
}
