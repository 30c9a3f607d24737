package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name no entry knows, written with a capital and doing something ("A-Ming runs", "Maria
 * walks in", "JOHN sits", "then Tom gets out"), is a person on screen; a capitalised place after a preposition
 * ("everyone at Oia waits") is not.
 */
final class Names {
    /** Words before a place rather than a doer. */
    private static final Set<String> BEFORE_PLACE = Set.of("at", "in", "to", "from", "of",
            "on", "into", "towards", "toward", "near", "past", "over", "across", "through");

    /** Marks that end a sentence (a clause's comma does not). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:。！？；：]+");

    /** Words only a name is written as: A-Ming, McKay (no common noun has a capital inside). */
    private static final Pattern NAME_SHAPED = Pattern.compile(
            "[A-Z][a-z]*-[A-Z][a-z]+|[A-Z][a-z]+[A-Z][a-z]+");

    private Names() {}

    /** Whether the unknown word at {@code i} names a person doing the action after it. */
    static boolean personActing(List<Word> words, int i) {
        String t = words.get(i).text();
        if (t.length() < 2 || !Character.isUpperCase(t.charAt(0))
                || !t.chars().allMatch(c -> c < 128 && (Character.isLetter(c) || c == '-'))) {
            return false;
        }
        if (i > 0 && BEFORE_PLACE.contains(Catalog.normalize(words.get(i - 1).text()))) {
            return false;
        }
        if (i + 1 >= words.size()) return false;
        // A sentence's first word has its capital from the sentence, not from a name: it is
        // a name only when its verb is an action one does ("Maria walks"), not many
        // ("Pelicans glide", which the open vocabulary reads as the birds they are) and not
        // any verb ("Pressure rises", "Smoke starts to pour"), unless only a name is spelled
        // so ("A-Ming weaves through the crowd").
        if (sentenceStart(words, i) && !NAME_SHAPED.matcher(t).matches()) {
            return ActionWords.action(words, i + 1) != null
                    && ReaderWords.sForm(Catalog.normalize(words.get(i + 1).text()));
        }
        return verb(words, i + 1);
    }

    /**
     * Whether the word at {@code k} is a verb: an action of the contract, or any verb the
     * tagger reads ("Tom gets out", "Tom opens the trunk"), or an English -s form right after
     * a name ("Mei stares", which the tagger takes for a plural noun).
     */
    private static boolean verb(List<Word> words, int k) {
        Word w = words.get(k);
        if (ActionWords.action(words, k) != null || w.pos() == PartOfSpeech.VERB) return true;
        String t = Catalog.normalize(w.text());
        return w.text().chars().allMatch(c -> c < 128 && Character.isLowerCase(c))
                && ReaderWords.sForm(t) && t.length() > 2;
    }

    private static boolean sentenceStart(List<Word> words, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Word w = words.get(k);
            if (w.pos() != PartOfSpeech.PUNCTUATION) return false;
            if (SENTENCE_END.matcher(w.text()).matches()) return true;
        }
        return true;
    }
}
