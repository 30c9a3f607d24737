package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A creature named in someone's company does what they do. */
class CompanionsTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static SubjectRef subject(LineReading r, String id) {
        return r.subjects().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void dogWalkingWithTheHikersWalks() {
        LineReading r = READER.reading("The hikers walk up the gangway with the dog.");
        assertEquals("walk", subject(r, "dog").action());
    }

    @Test
    void dogFollowingItsPeopleDoesWhatTheyDo() {
        LineReading r = READER.reading("Two hikers walk down the road, followed by their dog.");
        assertEquals("walk", subject(r, "dog").action());
    }

    @Test
    void creatureNamedApartFromThePeopleKeepsNoAction() {
        LineReading r = READER.reading("Two hikers walk down the road. A dog watches.");
        assertEquals("watch", subject(r, "dog").action());
        LineReading alone = READER.reading("A man walks past; a dog lies in the sun.");
        assertEquals("rest", subject(alone, "dog").action());
        assertNull(READER.reading("A dog.").subjects().get(0).action());
    }
}
