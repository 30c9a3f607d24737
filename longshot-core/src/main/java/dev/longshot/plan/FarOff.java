package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * Places a sentence holds at a distance: seen from here ("Far below, the river winds through
 * the forest", "Beyond the ridge lies the desert", 远处) or only spoken or thought of ("They
 * talk about the big city", "He remembers the war in the jungle", 想起了大海). The story stays
 * where it is; such a place is named in passing.
 */
final class FarOff {
    private FarOff() {}

    /** How a sentence that looks into the distance opens. */
    private static final List<String> OPENERS = List.of("far below", "below us", "down below",
            "in the distance", "far off", "far away", "far in the distance", "beyond",
            "on the horizon", "远处", "远方", "远远地", "远远的", "极目远眺");

    /** Verbs of saying, remembering and dreaming: what they are about is not here. */
    private static final Set<String> THOUGHT = Set.of("talk", "speak", "tell", "dream",
            "think", "remember", "recall", "imagine", "mention", "describe", "miss",
            "梦见", "梦到", "想起", "回忆", "回想", "说起", "谈起", "讲起", "提起", "怀念", "想念");

    /** Whether the place at {@code i} is in a sentence held at a distance. */
    static boolean framed(List<Word> words, int i) {
        int start = i;
        while (start > 0 && !ReaderWords.sentenceEnd(words.get(start - 1).text())) start--;
        StringBuilder opening = new StringBuilder();
        for (int k = start; k < Math.min(i, start + 5); k++) {
            String t = Catalog.normalize(words.get(k).text());
            if (opening.length() > 0 && t.codePointAt(0) < 0x2E80) opening.append(' ');
            opening.append(t);
        }
        String o = opening.toString();
        if (OPENERS.stream().anyMatch(x -> o.startsWith(x)
                && (o.length() == x.length() || !Character.isLetter(o.charAt(x.length()))
                || x.codePointAt(0) >= 0x2E80))) {
            return true;
        }
        for (int k = start; k < i; k++) {
            Word w = words.get(k);
            if (THOUGHT.contains(w.lemma()) || THOUGHT.contains(Catalog.normalize(w.text()))) {
                return true;
            }
        }
        return false;
    }
}
