package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** English nouns no entry or list names, shown as the entry WordNet puts them under. */
class WordNetKindsReadTest {
    private static final StoryReader READER = StoryReader.bundled();
    private static final WordNetKinds WORDNET = new WordNetKinds(Catalog.bundled());

    private static String kind(String lemma) {
        Taxonomy.Kind k = WORDNET.kindOf(lemma);
        return k == null ? null : k.entry().id();
    }

    @Test
    void aMooseIsShownAsADeerAndADinghyAsABoat() {
        assertEquals("deer", kind("moose"));
        assertEquals("boat", kind("dinghy"));
        assertEquals("bird", kind("oystercatcher"));
        assertEquals("tree", kind("birch"), "a birch is wood first, then a tree");
    }

    @Test
    void aJobOrARoleIsAPerson() {
        assertEquals("person", kind("stationmaster"));
        assertEquals("person", kind("photographer"));
        LineReading r = READER.reading("The stationmaster waves his flag.");
        assertTrue(r.subjects().stream().anyMatch(s -> s.id().equals("person")),
                r.subjects().toString());
        assertTrue(r.approximated().stream().anyMatch(a -> a.said().equals("stationmaster")
                && a.shownAs().equals("person") && a.similarity() < 1),
                r.approximated().toString());
    }

    @Test
    void rareSensesAndMaterialsAreNotShown() {
        assertNull(kind("hand"), "a hand is no farm hand");
        assertNull(kind("marble"), "marble is what a thing is made of");
        assertNull(kind("nobody"));
        assertNull(kind("breakfast"));
        assertNull(kind("way"), "the way of doing is no road");
        assertNull(kind("closer"), "as we get closer: a comparative, no closer of deals");
        assertNull(kind("stable"), "a stable is no market stall, though WordNet calls it stalls");
    }

    @Test
    void aNameIsNotAKind() {
        LineReading r = READER.reading("Tom rides into town.");
        assertTrue(r.subjects().stream().noneMatch(s -> s.id().equals("cat")),
                r.subjects().toString());
    }

    @Test
    void pluralUnknownNounsKeepTheirCount() {
        LineReading r = READER.reading("A flock of pelicans glides over the bay.");
        SubjectRef birds = r.subjects().stream().filter(s -> s.id().equals("seagull")
                || s.id().equals("bird")).findFirst().orElseThrow(() ->
                new AssertionError(r.subjects().toString()));
        assertEquals("group", birds.count());
    }
}
