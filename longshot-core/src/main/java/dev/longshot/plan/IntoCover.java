package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * Moving into cover is leaving the picture: "the deer went back into the trees", "the rabbit
 * hopped into its burrow", "slips into the reeds", "melts into the darkness". Into water or a
 * place in view ("wades into the river") is not.
 */
final class IntoCover {
    /** What hides a creature that goes into it. */
    private static final Set<String> COVER = Set.of("trees", "woods", "bushes", "bush",
            "undergrowth", "scrub", "thicket", "burrow", "den", "hole", "lair", "reeds",
            "heather", "willows", "dark", "darkness", "shadows", "shadow", "night", "mist");
    /** Words between the verb and "into" ("went back into", "slipped quietly into"). */
    private static final int REACH = 3;

    private IntoCover() {}

    /** Whether the verb at {@code i} moves its subject into cover. */
    static boolean said(List<Word> words, int i) {
        for (int k = i + 1; k < Math.min(words.size(), i + 1 + REACH); k++) {
            Word w = words.get(k);
            if (w.pos() == PartOfSpeech.PUNCTUATION) return false;
            if (!Catalog.normalize(w.text()).equals("into")) continue;
            for (int n = k + 1; n < Math.min(words.size(), k + 4); n++) {
                Word c = words.get(n);
                if (c.pos() == PartOfSpeech.PUNCTUATION) return false;
                if (COVER.contains(Catalog.normalize(c.text()))) return true;
            }
            return false;
        }
        return false;
    }
}
