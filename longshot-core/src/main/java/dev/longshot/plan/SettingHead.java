package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * In a noun phrase of two setting words the last is the place and the first says what it is
 * near or like: "a desert town" and "a small mountain village" are a town and a village,
 * 海边小镇 a town by the sea — in English and Chinese alike the head comes last.
 */
final class SettingHead {
    /** Words that may stand between the modifier and its head. */
    private static final Set<String> BETWEEN = Set.of("的", "small", "little", "old", "quiet",
            "sleepy", "remote", "tiny", "busy", "big", "large", "fishing", "farming", "小", "古老");

    private SettingHead() {}

    /** Whether the setting word at {@code i} only modifies a setting word that follows it. */
    static boolean modifies(List<Word> words, int i, Predicate<Word> placeWord) {
        for (int k = i + 1; k < Math.min(words.size(), i + 3); k++) {
            Word a = words.get(k);
            if (a.pos() == PartOfSpeech.PUNCTUATION) return false;
            if (placeWord.test(a)) return true;
            if (!BETWEEN.contains(Catalog.normalize(a.text()))
                    && a.pos() != PartOfSpeech.ADJECTIVE) {
                return false;
            }
        }
        return false;
    }
}
