package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * How many of a creature a line shows, from the words before it ("a pack of", 三头, "two"),
 * its own form (a plural, 们, a herd word) or a count said after it ("three of them").
 */
final class SubjectCount {
    private SubjectCount() {}

    /** Verbs of a place full of them: 码头上挤满了来买鱼的人, 江边站满了游客. */
    private static final Set<String> FILLED = Set.of("挤满", "挤满了", "坐满", "坐满了", "站满",
            "站满了", "满是", "挤满着", "围满", "围满了");

    /** Whether a verb of filling opens the clause before word {@code i}. */
    private static boolean filled(List<Word> words, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) return false;
            if (FILLED.contains(b.text())) return true;
        }
        return false;
    }

    /** The count the words before a creature give it; a plural alone is a group. */
    static String count(Word w, List<Word> words, int i) {
        String text = Catalog.normalize(w.text());
        if (ReaderWords.HOSTS.contains(text)) return "many"; // an army is many by itself
        if (text.contains("群") || text.endsWith("队伍") || text.startsWith("herd") || text.startsWith("flock")
                || text.startsWith("pack") || text.startsWith("school")
                || text.startsWith("pride") || text.startsWith("pod")
                || text.startsWith("tower of") || text.startsWith("caravan")) {
            return "group";
        }
        if (herdWordAfter(text, words, i)) return "group";
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) break;
            String t = Catalog.normalize(b.text());
            // The segmenter may split a number from its measure word (上/千只, 几/百/只): the
            // joined words count first, so 几百只 is hundreds, not the few 几 alone says.
            String counted = t.codePointAt(0) >= 0x2E80
                    ? CountWords.of(ActionWords.glued(words, k, i - k)) : null;
            if (counted == null) counted = CountWords.of(t);
            if (counted != null) return counted;
            if (ReaderWords.MANY.contains(t)) return "many";
            if (ReaderWords.GROUP.contains(t) || ReaderWords.COLLECTIVES.contains(b.lemma())) {
                return "group";
            }
            if (ReaderWords.FEW.contains(t) || t.startsWith("几") || t.startsWith("两")
                    || t.matches("[234]")) {
                return "few";
            }
            if (ReaderWords.ONE.contains(t) || t.startsWith("一")) return "one";
        }
        if (filled(words, i)) return "many";
        if (manyAfter(words, i)) return "many";
        if (i + 1 < words.size() && words.get(i + 1).text().equals("们")
                || text.endsWith("们")) {
            return "group";
        }
        boolean latin = text.chars().allMatch(c -> c < 0x2E80);
        // "the driver's face" is one driver: a possessive is not a plural.
        boolean possessive = text.endsWith("'s") || text.endsWith("\u2019s");
        if (latin && !possessive && !text.equals(w.lemma()) && text.endsWith("s")) {
            return "group";
        }
        if (latin && Set.of("people", "men", "women", "children", "geese", "mice", "cattle",
                "troops", "fish").contains(text)) {
            return "group";
        }
        return null;
    }

    /**
     * "a wolf pack", "an elephant herd", "a bird flock": a herd word after the creature (in
     * the phrase the catalog matched or as the next word) counts it as a group.
     */
    private static boolean herdWordAfter(String text, List<Word> words, int i) {
        int space = text.lastIndexOf(' ');
        if (space > 0 && ReaderWords.COLLECTIVES.contains(text.substring(space + 1))) {
            return true;
        }
        if (i + 1 >= words.size()) return false;
        Word a = words.get(i + 1);
        // (by its text, not its lemma: "runners packed behind the line" are no pack)
        String t = Catalog.normalize(a.text());
        boolean herd = ReaderWords.COLLECTIVES.contains(t)
                || t.endsWith("s") && ReaderWords.COLLECTIVES.contains(t.substring(0, t.length() - 1));
        // "a group of …" counts what follows "of", not the word before it.
        boolean of = i + 2 < words.size()
                && Catalog.normalize(words.get(i + 2).text()).equals("of");
        return herd && !of && a.text().codePointAt(0) < 0x2E80;
    }

    /** Chinese says "many" after the noun: 游客越来越多, 游客多了起来, 鸭子很多. */
    private static boolean manyAfter(List<Word> words, int i) {
        for (int k = i + 1; k < Math.min(words.size(), i + 3); k++) {
            Word a = words.get(k);
            String t = Catalog.normalize(a.text());
            if (t.equals("多") || t.equals("多了") || t.endsWith("很多") || t.equals("越来越多")
                    || t.equals("不少") || t.equals("好多")) {
                return true;
            }
            if (a.pos() != PartOfSpeech.ADVERB) return false;
        }
        return false;
    }

    /** The count of "three of them", "a few of them", "both of them" at word {@code i}. */
    static String countOfThem(List<Word> words, int i) {
        if (i + 2 >= words.size()) return null;
        String of = Catalog.normalize(words.get(i + 1).text());
        String them = Catalog.normalize(words.get(i + 2).text());
        if (!of.equals("of") || !Set.of("them", "these", "those").contains(them)) return null;
        return CountWords.of(Catalog.normalize(words.get(i).text()));
    }
}
