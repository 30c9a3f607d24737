package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * A creature named only by what it leaves or lives in ("the eagle's nest", "a fox's den",
 * "paw prints of a wolf", "tracks of deer", "no sign of the bears"): its trace or home is
 * seen, not the creature, so the line does not put it on screen.
 */
final class Traces {
    /** Words for what a creature leaves behind or lives in, and for its mere sign. */
    private static final Set<String> TRACES = Set.of("nest", "nests", "den", "dens", "lair",
            "lairs", "burrow", "burrows", "hole", "warren", "hive", "web", "track", "tracks",
            "print", "prints", "footprint", "footprints", "pawprint", "pawprints", "trail",
            "droppings", "dung", "scat", "feather", "feathers", "bones", "skull", "carcass",
            "sign", "signs", "scent", "territory", "home", "dream", "shed", "shell",
            // "the eagle's shadow", "the shadow of a hawk": only its shadow crosses the frame.
            "shadow", "shadows");
    /**
     * Sounds a thing makes, heard without it ("a ship's horn sounds somewhere out in the
     * fog", "the train's whistle"): the thing is on the soundtrack, not on screen.
     */
    private static final Set<String> THING_SOUNDS = Set.of("horn", "horns", "whistle",
            "whistles", "siren", "sirens", "foghorn", "hooter", "bell", "bells");
    /** Words allowed between "of" and the creature. */
    private static final Set<String> BETWEEN = Set.of("a", "an", "the", "some", "its", "their",
            "one", "two", "three", "many");

    private Traces() {}

    /** Whether the thing at {@code i} is named only as the maker of a sound heard. */
    static boolean soundOnly(List<Word> words, int i) {
        return possessive(words.get(i)) && i + 1 < words.size()
                && THING_SOUNDS.contains(Catalog.normalize(words.get(i + 1).text()));
    }

    /** Whether {@code w} is written as an owner ("eagle's", "ships'"). */
    private static boolean possessive(Word w) {
        String t = w.text().toLowerCase(java.util.Locale.ROOT);
        return t.endsWith("'s") || t.endsWith("\u2019s") || t.endsWith("s'");
    }

    /** Whether the creature at word {@code i} is named only by its trace or home. */
    static boolean only(List<Word> words, int i) {
        // "the eagle's nest", "a photographer's dream": the owner of what follows.
        if (possessive(words.get(i)) && i + 1 < words.size()
                && TRACES.contains(Catalog.normalize(words.get(i + 1).text()))) {
            return true;
        }
        // "paw prints of a wolf", "tracks of deer".
        int k = i - 1;
        while (k >= 0 && BETWEEN.contains(Catalog.normalize(words.get(k).text()))) k--;
        return k >= 1 && Catalog.normalize(words.get(k).text()).equals("of")
                && TRACES.contains(Catalog.normalize(words.get(k - 1).text()));
    }
}
