package dev.longshot.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English clauses that name what is not here now: denied ("no sign of the bears", "we saw no
 * sign of them", "they do not show themselves"), gone by ("puffins used to nest here", "what
 * the bears left behind last night", "long ago"), only possible ("they may have moved to the
 * coast"), wished or hoped for ("I wish we had seen the bears", "hoping to spot a lynx") or
 * told of ("the owl told them about a star that fell into the sea"). Their creatures are not
 * on screen and their places move no scene, as spoken words are not shown.
 */
final class NotHereNow {
    /** A sentence: up to its stop. */
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;]+[.!?;]*");
    /**
     * Where a clause starts inside a sentence: a comma, a colon or dash, or a word that opens
     * a clause of its own ("but they are long gone", "what the bears left").
     */
    private static final Pattern CLAUSE_START = Pattern.compile(
            "[,:\u2014\u2013]|\\s-\\s|\\b(?:but|while|whereas|though|although|because|what"
                    + "|which|that|where|who)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A denial that points back with a pronoun ("no sign of them", "do not show themselves"):
     * what it denies was named earlier in the sentence, so the whole sentence is not here.
     */
    private static final Pattern DENIED_BACK = Pattern.compile(
            "\\bno (?:sign|trace|glimpse) of (?:them|it)\\b"
                    + "|\\b(?:do|does|did|will|would)(?:\\s+not|n['\u2019]t)\\s+"
                    + "(?:show|reveal)\\s+(?:themselves|itself)\\b"
                    + "|\\b(?:never|didn['\u2019]t|did not)\\s+(?:saw|see|spotted|spot)"
                    + "\\s+(?:them|it|one)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What makes a clause not here: a denial, a time gone by, a mere possibility. */
    private static final Pattern NOT_HERE = Pattern.compile(
            "\\bno (?:sign|trace|glimpse) of\\b|\\bnowhere to be (?:seen|found)\\b"
                    + "|\\bused to\\b|\\blong (?:ago|gone)\\b|\\byears ago\\b"
                    + "|\\blast (?:night|year|week|winter|summer|spring|autumn)\\b"
                    + "|\\b(?:may|might|could|must|would) have\\b"
                    + "|\\b(?:wish|wished|wishing|hope|hoped|hoping|if only)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Telling of something ("tells the children a story about wolves"): the rest of the
     * sentence is the tale, not the scene.
     */
    private static final Pattern TOLD = Pattern.compile(
            "\\b(?:tells?|told|telling|dreams?|dreamed|dreamt|dreaming)\\s+"
                    + "(?:\\w+\\s+){0,2}?(?:(?:a|the)\\s+(?:story|tale)\\s+|stories\\s+)?"
                    + "(?:about|of)\\b",
            Pattern.CASE_INSENSITIVE);

    private NotHereNow() {}

    /** The spans of {@code line} that name what is not here now, with their words. */
    static List<Speech.Said> find(String line) {
        List<Speech.Said> out = new ArrayList<>();
        Matcher s = SENTENCE.matcher(line);
        while (s.find()) {
            int from = s.start();
            int to = s.end();
            String sentence = s.group();
            if (DENIED_BACK.matcher(sentence).find()) {
                add(out, line, from, to);
                continue;
            }
            Matcher told = TOLD.matcher(sentence);
            int tale = told.find() ? from + told.end() : to;
            List<Integer> starts = clauseStarts(sentence, from);
            for (int c = 0; c < starts.size() - 1; c++) {
                int a = starts.get(c);
                int b = Math.min(starts.get(c + 1), tale);
                if (a < b && NOT_HERE.matcher(line.substring(a, b)).find()) add(out, line, a, b);
            }
            if (tale < to) add(out, line, tale, to);
        }
        return out;
    }

    /** Where the clauses of the sentence at {@code from} start, and where it ends. */
    private static List<Integer> clauseStarts(String sentence, int from) {
        List<Integer> starts = new ArrayList<>();
        starts.add(from);
        Matcher m = CLAUSE_START.matcher(sentence);
        while (m.find()) starts.add(from + m.start());
        starts.add(from + sentence.length());
        return starts;
    }

    private static void add(List<Speech.Said> out, String line, int a, int b) {
        String words = line.substring(a, b).strip();
        if (words.chars().anyMatch(Character::isLetter)) out.add(new Speech.Said(a, b, words));
    }
}
