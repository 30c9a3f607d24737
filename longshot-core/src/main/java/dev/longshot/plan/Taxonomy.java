package dev.longshot.plan;

import dev.longshot.catalog.CatalogEntry;

/**
 * A language's own map of what is a kind of what (WordNet for English, the synonym thesaurus
 * 同义词词林 for Chinese): a noun no entry names is shown as the nearest catalog entry it is
 * a kind of (moose → deer, dinghy → boat, 驼鹿 → deer). Asked after the hand-made kinds list
 * and before the embedding model, which reads English words by spelling.
 */
interface Taxonomy {
    /** A catalog entry a word is a kind of, and how sure: 1 for a synonym, less per step up. */
    record Kind(CatalogEntry entry, double similarity) {}

    /** The entry {@code lemma} is a kind of, or null when none is near enough. */
    Kind kindOf(String lemma);

    /** The taxonomy that knows nothing (tests, and languages without one). */
    Taxonomy NONE = lemma -> null;
}
