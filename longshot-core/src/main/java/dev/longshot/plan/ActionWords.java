package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * The action a line gives a creature: the verb after it (English and Chinese, glued or
 * split by the segmenter), leaving when it moves off, the main verb after a manner verb
 * (牵着…走过), and which verbs are not the creature's (a purpose, a camera's motion).
 */
final class ActionWords {
    private ActionWords() {}

    /** Words after a verb of motion that take its subject out of the picture. */
    static final Set<String> AWAY = Set.of("away", "off", "inside", "indoors", "home",
            "而去");

    /**
     * Particles after "come" that bring its subject into view ("come down the bank", "come
     * ashore"); not "up" or "out", which the sun and stars do.
     */
    private static final Set<String> COMING = Set.of("down", "in", "over", "along", "back",
            "ashore", "round", "around", "into", "through", "across");

    /** Words that aim a motion at something in view (向河边走去 comes on, not away). */
    private static final Set<String> TOWARDS = Set.of("向", "朝", "往", "朝着", "向着");

    /**
     * Whether a Chinese verb of motion ends its clause with a direction and 去 (他们跑下山去):
     * moving away out of the picture, unless the clause aims it at something (向城堡跑下去).
     */
    private static boolean awayToEnd(List<Word> words, int i) {
        if (i > 0 && words.get(i - 1).text().equals("来")) return false; // 跳来跳去
        // The verb, a direction (下山, 出, 回), then 去: 跳来跳去 is to and fro, 飞奔而去 a
        // dash (its herd is still in the next shot), 望着远方跑去 a run.
        int k = i + 2;
        if (k >= words.size() || !words.get(k).text().equals("去")
                || Set.of("来", "而").contains(words.get(i + 1).text())
                || words.get(i + 1).pos() == PartOfSpeech.PUNCTUATION) {
            return false;
        }
        boolean ends = k + 1 >= words.size() || words.get(k + 1).pos() == PartOfSpeech.PUNCTUATION;
        if (!ends) return false;
        for (int b = i - 1; b >= 0; b--) {
            if (words.get(b).pos() == PartOfSpeech.PUNCTUATION) break;
            if (TOWARDS.contains(words.get(b).text())) return false;
        }
        return true;
    }

    /**
     * Whether word {@code i} is a verb of a camera line's clause that names no one: the line
     * names a camera move and nothing on screen is named or referred to between the clause's
     * start and the verb.
     */
    static boolean cameraClause(List<Word> words, int i, ReadingDraft d) {
        if (d.move == null) return false;
        for (int k = i - 1; k >= 0; k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) return true;
            String t = Catalog.normalize(b.text());
            if (ReaderWords.REFERENCES.contains(t) || d.said.contains(b.text())) return false;
        }
        return true;
    }

    /** Whether a verb of driving a herd comes right before word {@code i} (赶着, 赶/着). */
    static boolean herded(List<Word> words, int i) {
        for (int n = 1; n <= 2 && i - n >= 0; n++) {
            if (ReaderWords.HERDING.contains(Catalog.normalize(glued(words, i - n, n)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether word {@code i} follows an infinitive "to" ("sits down to wait"). */
    static boolean purpose(List<Word> words, int i) {
        return i > 0 && Catalog.normalize(words.get(i - 1).text()).equals("to");
    }

    /** The action of the verb right after a creature ("elephants plod"), if any. */
    static String nextAction(List<Word> words, int i) {
        // Chinese puts adverbs between (大家都在拍照): look a little further there.
        int reach = words.get(i).text().codePointAt(0) >= 0x2E80 ? 5 : 3;
        int end = Math.min(words.size(), i + reach);
        for (int k = i + 1; k < end; k++) {
            Word a = words.get(k);
            if (a.pos() == PartOfSpeech.PUNCTUATION) return null;
            if (a.text().codePointAt(0) >= 0x2E80 && ReaderWords.LIKE.contains(a.text())) {
                // 马群像一片移动的影子: what they are like, and its verbs, is no action of
                // theirs; 像白云一样慢慢移动: after 一样 the clause goes on with their own.
                int likeEnd = likenessEnd(words, k);
                if (likeEnd < 0) return null;
                k = likeEnd;
                end = Math.min(words.size(), likeEnd + reach);
                continue;
            }
            String act = action(words, k);
            if (act != null && a.text().endsWith("着") && !act.equals("ride")
                    && !act.equals("carry")) {
                // 拿着剑冲向, 望着大海走去: "V着 … V" is the manner, then the motion itself
                // (but whoever rides or carries still does: 骑着骆驼走过 is riding).
                String main = mainAfterManner(words, k);
                return main != null ? main : act;
            }
            if (act != null) return act;
        }
        return null;
    }

    /** Words that open a Chinese likeness (像一片移动的影子). */
    private static final Set<String> LIKENESS_OPENS = Set.of("像", "好像", "如同", "仿佛", "宛如",
            "犹如", "像是");

    /**
     * Whether the Chinese verb at {@code i} is inside a likeness still open (羊群像一片移动的
     * 白云): it says what they look like, not what they do. 像风一样跑 is closed before 跑.
     */
    static boolean insideLikeness(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) return false;
            if (Set.of("一样", "一般", "似的", "般").contains(b.text())) return false;
            if (LIKENESS_OPENS.contains(b.text())) return true;
        }
        return false;
    }

    /** The 一样/一般/似的 closing a Chinese likeness opened at {@code k}, or -1. */
    private static int likenessEnd(List<Word> words, int k) {
        for (int m = k + 1; m < Math.min(words.size(), k + 6); m++) {
            Word w = words.get(m);
            if (w.pos() == PartOfSpeech.PUNCTUATION) return -1;
            if (Set.of("一样", "一般", "似的", "般").contains(w.text())) return m;
        }
        return -1;
    }

    /** The action after a manner verb ending in 着, within its clause, or null. */
    static String mainAfterManner(List<Word> words, int k) {
        for (int m = k + 1; m < Math.min(words.size(), k + 5); m++) {
            if (words.get(m).pos() == PartOfSpeech.PUNCTUATION) return null;
            String act = action(words, m);
            if (act != null) return act;
        }
        return null;
    }

    /** Words that deny the verb after them (它不会游泳, "the cubs don't swim"). */
    private static final Set<String> DENIALS = Set.of("不", "没", "没有", "不会", "不能", "不敢",
            "别", "不要", "未", "从不", "never", "not", "don't", "doesn't", "didn't", "won't",
            "can't", "cannot", "isn't", "aren't", "no", "dont", "doesnt", "cant");
    /** Verbs of ability or will that may stand between a denial and its verb (不/会/游泳). */
    private static final Set<String> MODALS = Set.of("会", "能", "敢", "想", "要", "肯", "can",
            "will", "could", "would", "dare", "want", "longer");

    /** Whether the verb at {@code i} is denied: a verb said not to happen is no action. */
    static boolean denied(List<Word> words, int i) {
        int k = i - 1;
        if (k >= 0 && MODALS.contains(Catalog.normalize(words.get(k).text()))) k--;
        if (k < 0) return false;
        String t = Catalog.normalize(words.get(k).text());
        // "She hasn't slept", "they wouldn't move": every English contracted denial.
        return DENIALS.contains(t) || t.endsWith("n't") || t.endsWith("n\u2019t");
    }

    /**
     * Whether the "leave" at {@code i} lets something be ("the crocodiles leave them alone",
     * "leave it be"): no one goes anywhere.
     */
    private static boolean lettingBe(List<Word> words, int i) {
        if (!words.get(i).lemma().equals("leave")) return false;
        for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
            String t = Catalog.normalize(words.get(k).text());
            if (t.equals("alone") || t.equals("be")) return true;
            if (words.get(k).pos() == PartOfSpeech.PUNCTUATION) return false;
        }
        return false;
    }

    static String action(List<Word> words, int i) {
        if (denied(words, i) || notAVerb(words, i) || lettingBe(words, i)) return null;
        // "a cloud of flies", "the leaves": after an article or "of" a word is a noun.
        if (i > 0 && Set.of("of", "the", "a", "an").contains(
                Catalog.normalize(words.get(i - 1).text()))) {
            return null;
        }
        // "away from the best spot", "a long run": after an article and an adjective too.
        // ("A deer grazes": an -s form there is the verb of what the tagger took for an
        // adjective.)
        if (i > 1 && words.get(i - 1).pos() == PartOfSpeech.ADJECTIVE
                && !ReaderWords.sForm(Catalog.normalize(words.get(i).text()))
                && Set.of("the", "a", "an").contains(Catalog.normalize(words.get(i - 2).text()))) {
            return null;
        }
        String phrasal = PhrasalVerbs.action(words, i);
        if (phrasal != null) return phrasal;
        String base = action(words.get(i));
        // 回家了 is gone home; 赶着羊群回家 is still on the way there.
        if (words.get(i).text().equals("回家") && i + 1 < words.size()
                && words.get(i + 1).text().equals("了")) {
            return "leave";
        }
        if (base != null && awayToEnd(words, i)) return "leave";
        if (base != null) {
            // "walks away", "flies off", 飞奔而去, "leads her cub off": moving off is leaving.
            for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
                if (words.get(k).pos() == PartOfSpeech.PUNCTUATION) break;
                String t = Catalog.normalize(words.get(k).text());
                if (AWAY.contains(t) && !offWhat(words, k)) return "leave";
            }
        }
        // "The senators go inside", "everyone heads home": going out of the picture.
        String verb = words.get(i).lemma();
        String next = i + 1 < words.size() ? Catalog.normalize(words.get(i + 1).text()) : "";
        String after = i + 2 < words.size() ? Catalog.normalize(words.get(i + 2).text()) : "";
        String written = Catalog.normalize(words.get(i).text());
        // "the crowds have gone", "the deer are gone": gone from the picture.
        if (written.equals("gone") && i > 0 && Set.of("have", "has", "had", "are", "is", "were",
                "was", "all").contains(Catalog.normalize(words.get(i - 1).text()))) {
            return "leave";
        }
        // "The tourists have left for the day": left the picture (not the left bank).
        if (written.equals("left") && i > 0 && Set.of("have", "has", "had", "all", "just")
                .contains(Catalog.normalize(words.get(i - 1).text()))) {
            return "leave";
        }
        // "Two more bears come down the bank", "villagers come out": coming into view.
        if (verb.equals("come") && COMING.contains(next)) return "arrive";
        if (verb.equals("move") && next.equals("on") && Set.of("to", "towards", "toward",
                "into").contains(after)) {
            return "walk"; // "the family moves on to the tiger enclosure": on to another spot
        }
        // "went back into the trees", "hopped into its burrow"; not "settle into the reeds".
        boolean moving = base != null && Set.of("walk", "run", "jump", "fly").contains(base)
                || Set.of("go", "head", "move", "disappear", "vanish", "slip").contains(verb);
        if (moving && IntoCover.said(words, i)) {
            return "leave";
        }
        if ((verb.equals("go") || verb.equals("head") || verb.equals("move"))
                && (AWAY.contains(next) || verb.equals("move") && next.equals("on"))) {
            return "leave";
        }
        int parts = gluedAction(words, i);
        if (parts > 1) return ReaderWords.ACTIONS.get(glued(words, i, parts));
        return action(words.get(i));
    }

    /** Words that open a noun phrase: after "off" they make it a preposition. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that",
            "its", "his", "her", "their", "our", "my", "your");

    /**
     * Whether the "off" at {@code k} is a preposition with its object ("jumping off the end of
     * the pier"): the jump is from somewhere, not out of the picture ("flew off over the water").
     */
    private static boolean offWhat(List<Word> words, int k) {
        return Catalog.normalize(words.get(k).text()).equals("off") && k + 1 < words.size()
                && DETERMINERS.contains(Catalog.normalize(words.get(k + 1).text()));
    }

    /**
     * Whether the tagger reads the English word at {@code i} as no verb of anyone: a noun
     * opening its clause ("Flies swarm around their tails", where a rule on the word alone
     * read the cows flying), or a participle before its noun ("Driving rain sweeps in").
     */
    private static boolean notAVerb(List<Word> words, int i) {
        Word w = words.get(i);
        if (!w.text().chars().allMatch(c -> c < 128)) return false;
        boolean opens = i == 0 || words.get(i - 1).pos() == PartOfSpeech.PUNCTUATION;
        boolean beforeNoun = i + 1 < words.size()
                && words.get(i + 1).pos() == PartOfSpeech.NOUN;
        return w.pos() == PartOfSpeech.NOUN && opens
                || w.pos() == PartOfSpeech.ADJECTIVE && beforeNoun;
    }

    /**
     * How many words from {@code i} spell one action the segmenter split (跳/来/跳/去 is
     * 跳来跳去, play), the longest run; 1 when none.
     */
    static int gluedAction(List<Word> words, int i) {
        int best = 1;
        for (int n = 2; n <= 4 && i + n <= words.size(); n++) {
            if (words.get(i + n - 1).pos() == PartOfSpeech.PUNCTUATION) break;
            if (ReaderWords.ACTIONS.containsKey(glued(words, i, n))) best = n;
        }
        return best;
    }

    static String glued(List<Word> words, int i, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = i; k < i + n; k++) b.append(words.get(k).text());
        return b.toString();
    }

    static String action(Word w) {
        String a = ReaderWords.ACTIONS.get(w.lemma());
        if (a != null && !a.equals("leave") && !a.equals("arrive")) return a;
        return a != null ? a : ReaderWords.ACTIONS.get(Catalog.normalize(w.text()));
    }

    /** Words for all the people on screen. */
    static final Set<String> EVERYONE = Set.of("everyone", "everybody");

    /** The reference word nearest before word {@code i} ("she", 它们), lower-case, or null. */
    static String pronounBefore(List<Word> words, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String t = Catalog.normalize(words.get(k).text());
            if (ReaderWords.REFERENCES.contains(t) || EVERYONE.contains(t)) return t;
        }
        return null;
    }

    /** Pronouns of someone other than the narrator, as the subject of a verb. */
    private static final Set<String> THIRD = Set.of("it", "they", "he", "she");

    /**
     * The third-person pronoun that is the subject of the verb at {@code i} ("as it
     * strikes", "it quickly dives"), or null.
     */
    static String subjectPronoun(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) return null;
            String t = Catalog.normalize(b.text());
            if (THIRD.contains(t)) return t;
        }
        return null;
    }

    static boolean referenceBefore(List<Word> words, int i, String line) {
        for (int k = i - 1; k >= 0; k--) {
            Word b = words.get(k);
            // "A family of otters plays": the herd word counts what follows "of", and when no
            // entry shows that, the verb is no one's on screen.
            boolean counting = k + 1 < words.size()
                    && Catalog.normalize(words.get(k + 1).text()).equals("of");
            if (ReaderWords.REFERENCES.contains(Catalog.normalize(b.text()))
                    || ReaderWords.COLLECTIVES.contains(b.lemma()) && !counting) {
                return true;
            }
        }
        // "Clouds race across the sky": the verb of a noun that is no creature is no one's.
        if (i == 1 && words.get(0).pos() == PartOfSpeech.NOUN
                && words.get(0).text().chars().allMatch(c -> c < 128)) {
            return false;
        }
        // "Wait, it's on an island!": an action word alone before a comma is an interjection.
        Word w = words.get(i);
        boolean alone = w.text().chars().allMatch(c -> c < 128) && w.end() < line.length()
                && ",!:;".indexOf(line.charAt(w.end())) >= 0;
        return (i == 0 || i == 1) && !alone;
    }
}
