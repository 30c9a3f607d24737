package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * A creature only heard: 远处传来几声狗叫, 只听见鸟在叫, "a wolf howls somewhere in the dark",
 * "we hear a lion roar". A hearing verb before the creature, a count of sounds (几声, 一阵), or
 * its call with a word that puts it out of sight (somewhere, in the distance, unseen) put the
 * call on the soundtrack, not the creature on screen ("a wolf howls at the moon" and 一只狗在叫
 * alone are creatures seen calling).
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
    /** English verbs of hearing. */
    private static final Set<String> HEAR = Set.of("hear", "hears", "heard", "hearing",
            "listen", "listens", "listening");
    /** English calls of creatures, as said or as their stem. */
    private static final Set<String> SOUNDS = Set.of("howl", "hoot", "roar", "bark", "bay",
            "call", "cry", "cries", "sing", "chirp", "tweet", "twitter", "croak", "bellow",
            "screech", "growl", "snarl", "bray", "moo", "neigh", "whinny", "whinnies",
            "trumpet", "bleat", "caw", "cluck", "crow", "squawk", "squeal", "grunt", "hiss",
            "yelp", "whine", "buzz", "honk", "quack", "purr", "chatter", "shriek", "scream",
            "answer", "yip", "yowl", "wail", "coo", "warble");
    /** Words that put a calling creature out of sight. */
    private static final Set<String> UNSEEN = Set.of("somewhere", "distance", "distant",
            "unseen", "invisible", "afar", "offscreen", "off-screen", "某处", "不知哪里",
            "看不见", "看不到");
    /** Words that end the clause a hearing verb reaches over. */
    private static final Set<String> CLAUSE_ENDS = Set.of("and", "but", "as", "while", "then",
            "when", "until");

    private HeardOnly() {}

    /** Whether the creature at {@code i} is only heard calling. */
    static boolean said(List<Word> words, int i) {
        return heardInChinese(words, i) || heardBefore(words, i) || callUnseen(words, i);
    }

    private static boolean heardInChinese(List<Word> words, int i) {
        int call = callAt(words, i);
        if (call < 0 || !han(words.get(call))) return false;
        for (int k = i - 1; k >= 0; k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) break;
            String t = Catalog.normalize(b.text());
            if (HEARING.contains(t) || SOUND_COUNTS.contains(t)
                    || t.startsWith("传来") || t.startsWith("听")) {
                return true;
            }
        }
        // 狼嚎声从远处传来: the sound, then where it carries from.
        for (int k = call + 1; k < words.size(); k++) {
            Word a = words.get(k);
            if (a.pos() == PartOfSpeech.PUNCTUATION) return false;
            String t = Catalog.normalize(a.text());
            if (t.startsWith("传来") || t.equals("传出") || t.equals("响起")) return true;
        }
        return false;
    }

    /** "We hear a lion roar", "listening to an owl": a hearing verb earlier in its clause. */
    private static boolean heardBefore(List<Word> words, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Word b = words.get(k);
            String t = Catalog.normalize(b.text());
            if (b.pos() == PartOfSpeech.PUNCTUATION || CLAUSE_ENDS.contains(t)) return false;
            if (HEAR.contains(t)) return true;
        }
        return false;
    }

    /** "Somewhere an owl hoots", "a wolf howls in the distance": its call, out of sight. */
    private static boolean callUnseen(List<Word> words, int i) {
        if (callAt(words, i) < 0) return false;
        int from = i;
        while (from > 0 && !sentenceEnd(words.get(from - 1))) from--;
        for (int k = from; k < words.size() && !sentenceEnd(words.get(k)); k++) {
            String t = Catalog.normalize(words.get(k).text());
            if (UNSEEN.contains(t)) return true;
            if (k + 2 < words.size()) {
                String two = t + " " + Catalog.normalize(words.get(k + 1).text());
                String three = two + " " + Catalog.normalize(words.get(k + 2).text());
                if (three.equals("out of sight") || two.equals("far off")
                        || two.equals("far away")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sentenceEnd(Word w) {
        return w.pos() == PartOfSpeech.PUNCTUATION && !w.text().equals(",")
                && !w.text().equals("，") && !w.text().equals("、");
    }

    private static boolean han(Word w) {
        return !w.text().isEmpty() && w.text().codePointAt(0) >= 0x2E80;
    }

    /**
     * Words that may stand between a creature and its call: 在/的/们, and an English call
     * begun ("a lion starts to roar", "an owl begins calling").
     */
    private static final Set<String> BEFORE_CALL = Set.of("在", "的", "们", "starts", "start",
            "started", "begins", "begin", "began", "to");

    /** The call after the creature at {@code i}, straight or after {@link #BEFORE_CALL}, or -1. */
    static int callAt(List<Word> words, int i) {
        for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
            Word a = words.get(k);
            String t = Catalog.normalize(a.text());
            if (han(a) && CALLS.indexOf(t.charAt(0)) >= 0) return k;
            if (!han(a) && (SOUNDS.contains(t) || SOUNDS.contains(a.lemma())
                    || SOUNDS.contains(stem(t)))) {
                return k;
            }
            if (!BEFORE_CALL.contains(t)) return -1;
        }
        return -1;
    }

    /** "howls", "howled", "howling": the call said. */
    private static String stem(String t) {
        for (String end : List.of("ing", "ed", "es", "s")) {
            if (t.length() > end.length() + 2 && t.endsWith(end)) {
                return t.substring(0, t.length() - end.length());
            }
        }
        return t;
    }
}
