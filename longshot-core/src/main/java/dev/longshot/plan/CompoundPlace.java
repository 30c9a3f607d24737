package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogKind;
import dev.longshot.catalog.Word;
import java.util.List;

/**
 * An English compound of two places names the last one: a "mountain village" is a village, a
 * "desert town" a town, a "forest road" a road. The first word only says where the second
 * stands, so it is a hint of the land around, not the setting, unless the second only names a
 * feature found in many landscapes (a ridge, a shore, a meadow).
 */
final class CompoundPlace {
    private CompoundPlace() {}

    /**
     * Whether the setting word {@code i} modifies the Latin-script word after it that names
     * another setting ("mountain" in "a little mountain village").
     */
    static boolean modifier(Catalog catalog, List<Word> words, int i) {
        if (i + 1 >= words.size()) return false;
        String next = words.get(i + 1).text();
        if (next.isEmpty() || next.charAt(0) >= 0x2E80) return false; // Chinese compounds differ
        String head = Catalog.normalize(next);
        String self = catalog.byPhrasing(Catalog.normalize(words.get(i).text())).stream()
                .filter(e -> e.kind() == CatalogKind.SETTING).map(e -> e.id())
                .findFirst().orElse("");
        // A harbour town or a port city is a harbour: its sea and boats are the picture.
        if (self.equals("harbour")) return false;
        // A "desert ridge" or a "forest clearing" is a feature of the first place, not a
        // place of its own: the first word is the setting.
        if (ReaderWords.LANDSCAPE_FEATURES.contains(head)) return false;
        return catalog.byPhrasing(head).stream().anyMatch(e -> e.kind() == CatalogKind.SETTING
                && !e.id().equals(self))
                || catalog.byPhrasing(words.get(i + 1).lemma()).stream().anyMatch(e -> e.kind()
                        == CatalogKind.SETTING && !e.id().equals(self));
    }
}
