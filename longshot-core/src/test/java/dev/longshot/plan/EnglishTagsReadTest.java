package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English words read by the part of speech the tagger gives them: a verb spelled like a
 * creature or thing names none, a noun or a participle gives no action, and a name is no verb.
 */
class EnglishTagsReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static List<String> ids(LineReading r) {
        return r.subjects().stream().map(SubjectRef::id).sorted().toList();
    }

    private static boolean notShown(LineReading r, String said) {
        return r.notShown().stream().anyMatch(n -> n.said().equals(said));
    }

    @Test
    void ducksAsAVerbIsNoDuck() {
        LineReading r = READER.reading("The farmer ducks under the fence.");
        assertTrue(!ids(r).contains("duck"), ids(r).toString());
    }

    @Test
    void fishesAsAVerbIsNoFish() {
        LineReading r = READER.reading("The old man fishes from the pier.");
        assertTrue(!ids(r).contains("fish"), ids(r).toString());
        assertEquals(List.of("person"), ids(r));
    }

    @Test
    void fliesOpeningAClauseAreNoActionOfTheCows() {
        LineReading r = READER.reading(
                "The cows stand in the shade; flies swarm around their tails.");
        assertEquals(List.of("cow"), ids(r));
        assertEquals("stand", r.subjects().get(0).action());
        assertTrue(notShown(r, "flies"), r.notShown().toString());
    }

    @Test
    void fliesAfterANounIsAVerb() {
        LineReading r = READER.reading("A swallow flies low over the yard.");
        assertEquals(List.of("bird"), ids(r));
        assertEquals("fly", r.subjects().get(0).action());
    }

    @Test
    void drivingRainGivesNoOneARide() {
        LineReading r = READER.reading("Driving rain sweeps across the moor.");
        assertEquals(List.of(), ids(r));
        assertEquals("rain", r.weather());
    }

    @Test
    void aNameAfterItsTitleIsNoVerb() {
        LineReading r = READER.reading("Farmer Jones waves from the yard.");
        assertTrue(notShown(r, "Jones"), r.notShown().toString());
    }

    @Test
    void aVerbTheTaggerIsSureOfIsNotReportedAsAThing() {
        LineReading r = READER.reading("The stag lifts its head.");
        assertTrue(!notShown(r, "lifts"), r.notShown().toString());
        assertEquals(List.of("deer"), ids(r));
    }
}
