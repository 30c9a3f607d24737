package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name no entry knows, written with a capital and doing something ("A-Ming runs", "Maria
 * walks in", "JOHN sits"), is a person on screen; a capitalised place after a preposition
 * ("everyone at Oia waits") is not.
 */
final class Names {
    /** Words before a place rather than a doer. */
    private static final Set<String> BEFORE_PLACE = Set.of("at", "in", "to", "from", "of",
            "on", "into", "towards", "toward", "near", "past", "over", "across", "through");

    /** Marks that end a sentence (a clause's comma does not). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:。！？；：]+");

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
        if (i + 1 >= words.size() || ActionWords.action(words, i + 1) == null) return false;
        // A sentence's first word has its capital from the sentence, not from a name: it is
        // a name only when its verb says one does it ("Maria walks"), not many ("Pelicans
        // glide", which the open vocabulary reads as the birds they are).
        return !sentenceStart(words, i)
                || ReaderWords.sForm(Catalog.normalize(words.get(i + 1).text()));
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
