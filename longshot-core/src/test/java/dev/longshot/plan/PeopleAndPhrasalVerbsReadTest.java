package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * People named only in the plural, "us" as where the camera is, and verbs whose particle says
 * where their subject goes (come down, have gone).
 */
class PeopleAndPhrasalVerbsReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static SubjectRef subject(LineReading r, String id) {
        return r.subjects().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError(id + " not in " + r.subjects()));
    }

    @Test
    void peopleInThePluralAreAGroupNotACrowd() {
        SubjectRef people = subject(READER.reading("Proper downpour now, people running for cover."),
                "person");
        assertEquals("group", people.count());
        assertEquals("run", people.action());
        assertEquals("many", subject(READER.reading("Super crowded, hundreds of people already."),
                "crowd").count());
        assertTrue(READER.reading("The market is packed with people.").subjects().stream()
                .noneMatch(s -> s.id().equals("person")), "packed with people is one crowd");
    }

    @Test
    void usUnderTheBoatIsWhereTheCameraIs() {
        assertTrue(READER.reading("The river's brown and choppy, a tour boat going under us.")
                .subjects().isEmpty());
    }

    @Test
    void comingDownTheBankIsArriving() {
        assertEquals("arrive", subject(READER.reading("Two more bears come down the bank."),
                "bear").action());
    }

    @Test
    void crowdsThatHaveGoneLeave() {
        assertEquals("leave", READER.reading("By now the crowds have gone.").subjects().get(0)
                .action());
    }

    @Test
    void aBearThatSwatsAnotherFights() {
        assertEquals("fight", subject(READER.reading("The big bear swats the young one away."),
                "bear").action());
    }

    @Test
    void moreOfTheSameDoWhatTheOneBeforeDoes() {
        LineReading r = READER.reading(
                "Sir Aldric rides out first, then five more knights behind him.");
        assertEquals("ride", subject(r, "soldier").action());
        assertEquals("group", subject(r, "soldier").count());
    }

    @Test
    void theBestSpotIsAPlaceNotAGlance() {
        assertEquals("fight", subject(READER.reading(
                "The big bear swats the young one away from the best spot."), "bear").action());
    }

    @Test
    void weWhoFollowInAShotListAreTheCamera() {
        assertTrue(READER.reading("Tracking shot: we follow the turtle as it swims up for air.")
                .subjects().stream().noneMatch(x -> x.id().equals("person")));
    }

    @Test
    void diversSharksHardlyEverBotherAreNotOnScreen() {
        assertTrue(READER.reading("Don't panic, reef sharks hardly ever bother divers.")
                .subjects().stream().noneMatch(x -> x.id().equals("person")));
    }
}
