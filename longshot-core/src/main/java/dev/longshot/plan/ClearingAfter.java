package dev.longshot.plan;

import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.function.Predicate;

/**
 * A clear sky named in a later clause than the line's rain or storm is what the weather
 * became (雷阵雨来得快去得也快,没多久就雨过天晴了; 很少下雨,今天又是晴空万里): the line tells
 * its weather in order, and the last clause is this second's sky. Within one clause ("a
 * storm on a sunny day") the rain or storm still wins.
 */
final class ClearingAfter {
    private ClearingAfter() {}

    /**
     * Whether a weather word ({@code weather}) stands before word {@code i} with a clause
     * break between them.
     */
    static boolean laterClause(List<Word> words, int i, Predicate<Word> weather) {
        boolean broke = false;
        for (int k = i - 1; k >= 0; k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) {
                broke = true;
            } else if (weather.test(b)) {
                return broke;
            }
        }
        return false;
    }
}
