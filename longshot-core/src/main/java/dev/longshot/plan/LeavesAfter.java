package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A creature that does something and then goes has left by the end of its line: "a stag stands
 * frozen on the path, then bounds away", "the elephants drink, then wander off". The first verb
 * after it gives its action; a verb of leaving later in its sentence, before anyone else is
 * named, is where the line leaves it.
 */
final class LeavesAfter {
    private LeavesAfter() {}

    /** Words before "away" that say how far, not how it goes ("far away", "miles away"). */
    private static final java.util.Set<String> DISTANCES = java.util.Set.of("far", "miles",
            "kilometres", "kilometers", "metres", "meters", "yards", "feet", "right",
            "straight", "well");

    /** Marks as leaving each subject whose sentence goes on to a verb of leaving. */
    static void mark(List<Word> words, ReadingDraft d) {
        List<Map.Entry<String, Integer>> named = new ArrayList<>(d.namedAt.entrySet());
        named.sort(Map.Entry.comparingByValue());
        for (int j = 0; j < named.size(); j++) {
            SubjectRef s = d.subjects.get(named.get(j).getKey());
            if (s == null || s.action() == null || s.leaving()) continue;
            int end = j + 1 < named.size() ? named.get(j + 1).getValue() : words.size();
            for (int k = named.get(j).getValue() + 1; k < end; k++) {
                if (ReaderWords.sentenceEnd(words.get(k).text())) break;
                if (!ActionWords.denied(words, k) && "leave".equals(ActionWords.action(words, k))
                        || awayAfterVerb(words, k)) {
                    d.act(s.id(), "leave");
                    break;
                }
            }
        }
    }

    /** "bounds away", "trots off": any verb then away or off, whether listed or not. */
    private static boolean awayAfterVerb(List<Word> words, int k) {
        if (k == 0 || !ActionWords.AWAY.contains(Catalog.normalize(words.get(k).text()))) {
            return false;
        }
        // "set off", "break away": the particle is part of a verb with its own action.
        if (PhrasalVerbs.action(words, k - 1) != null) return false;
        Word verb = words.get(k - 1);
        // English words carry no tag: any content word but a distance ("far away") is the verb.
        boolean verbLike = verb.pos() == PartOfSpeech.VERB || verb.pos() == PartOfSpeech.UNTAGGED
                && !DISTANCES.contains(Catalog.normalize(verb.text()));
        return verbLike && !ActionWords.denied(words, k - 1);
    }
}
