package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Who is on screen and what they do, read from lines written the way people write them: a
 * compound named by its head, a spot named after its animal, people joined by "and", people
 * on a vehicle, a crowd of thousands.
 */
class SubjectsAsWrittenReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static SubjectRef subject(LineReading r, String id) {
        return r.subjects().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    @Test
    void chineseCompoundIsAKindOfItsHead() {
        LineReading r = READER.reading("一个少年骑着白马,走出了村庄。");
        SubjectRef horse = subject(r, "horse");
        assertNotNull(horse, r.subjects().toString());
        assertEquals("ride", subject(r, "person").action());
        assertTrue(r.approximated().stream().anyMatch(a -> a.said().equals("白马")
                && a.shownAs().equals("horse")), r.approximated().toString());
    }

    @Test
    void anUnknownVerbAfterItsSubjectIsNoThing() {
        LineReading wallow = READER.reading("Hippos wallow in a pond on the savanna.");
        assertTrue(wallow.approximated().stream().noneMatch(a -> a.said().equals("wallow")),
                "wallow is what hippos do, no bird: " + wallow.approximated());
        assertNull(subject(wallow, "bird"), wallow.subjects().toString());
        LineReading carries = READER.reading("A donkey carries sacks through the village.");
        assertTrue(carries.approximated().stream().noneMatch(a -> a.said().equals("carries")),
                carries.approximated().toString());
    }

    @Test
    void boatsThatRockAreNoRock() {
        for (String line : new String[] {"Boats rock gently in the harbour.",
            "Fishing boats rock at anchor under the moon."}) {
            LineReading r = READER.reading(line);
            assertTrue(r.things().stream().noneMatch(t -> t.id().equals("rock")),
                    line + ": " + r.things());
        }
        LineReading rocks = READER.reading("Waves break on the rocks.");
        assertTrue(rocks.things().stream().anyMatch(t -> t.id().equals("rock")),
                rocks.things().toString());
    }

    @Test
    void partOfACreatureIsNotTheCreature() {
        LineReading r = READER.reading("桌上摆着一只熊掌。");
        assertNull(subject(r, "bear"), "a bear paw is no bear: " + r.subjects());
    }

    @Test
    void spotNamedAfterItsAnimalPutsNoAnimalOnScreen() {
        assertNull(subject(READER.reading("They stop at the penguin pool."), "penguin"));
        assertNull(subject(READER.reading("The family moves on to the tiger enclosure."),
                "tiger"));
        assertNotNull(subject(READER.reading("A penguin waddles up to the glass."), "penguin"));
    }

    @Test
    void babyBeforeAnAnimalIsItsAgeNotAPerson() {
        LineReading r = READER.reading("A baby elephant splashes its mother.");
        assertNull(subject(r, "person"), r.subjects().toString());
        assertEquals("play", subject(r, "elephant").action());
    }

    @Test
    void subjectsJoinedByAndShareTheVerb() {
        LineReading r = READER.reading("Mum, Dad and the two kids walk in through the gate.");
        assertEquals("few", subject(r, "person").count());
        assertEquals("walk", subject(r, "person").action());
        assertEquals("walk", subject(r, "child").action());
        LineReading zh = READER.reading("鸡和鸭都跑了过来。");
        assertEquals(subject(zh, "duck").action(), subject(zh, "chicken").action());
    }

    @Test
    void verbAfterAnotherVerbIsNotShared() {
        LineReading r = READER.reading("A lion watches; the zebras drink.");
        assertEquals("watch", subject(r, "lion").action());
        assertEquals("drink", subject(r, "zebra").action());
    }

    @Test
    void personOnANamedVehicleRidesIt() {
        LineReading r = READER.reading("A man on an 电动车 squeezes through the market.");
        assertEquals("ride", subject(r, "person").action());
    }

    @Test
    void thousandsOfPeopleNamedWithACrowdAreOneCrowd() {
        LineReading r = READER.reading("Thousands of runners packed into a huge crowd.");
        assertNull(subject(r, "person"), r.subjects().toString());
        assertEquals("many", subject(r, "crowd").count());
    }

    @Test
    void anArmyOfRidersStaysPeopleWithoutACrowd() {
        LineReading r = READER.reading("Scooters everywhere, 机车大军 waiting at the red light.");
        assertNull(subject(r, "crowd"), r.subjects().toString());
    }

    @Test
    void birdDivingIntoWaterDives() {
        assertEquals("dive", subject(READER.reading("An osprey plunges into the lake."),
                "eagle").action());
    }

    @Test
    void placeLeftIsNotTheSetting() {
        assertEquals("desert", READER.reading("走出森林,眼前是一片无边的沙漠。").setting());
    }

    @Test
    void slopeOrShoreIsAFeatureNotAMove() {
        assertEquals(SettingCue.FEATURE,
                READER.reading("一个农民赶着一群羊从山坡上下来。").settingCue());
        assertEquals(SettingCue.FEATURE,
                READER.reading("On the far shore, a grey heron stands in the shallows.")
                        .settingCue());
        assertEquals(SettingCue.NAMED, READER.reading("镜头跟着云来到高高的山上。").settingCue(),
                "a slope travelled to is a move");
    }

    @Test
    void cutsAndGoingOnToASpotAreElsewhere() {
        assertTrue(READER.reading("Cut to the street outside: buses crawl past.").elsewhere());
        assertTrue(READER.reading("CUT TO: EXT. HALFWAY POINT - MORNING.").elsewhere());
        assertTrue(READER.reading("At the elephant house, three elephants drink.").elsewhere());
        assertFalse(READER.reading("She stops at a fruit stall.").elsewhere(),
                "one person stopping at a stall is no new spot");
        assertFalse(READER.reading("Fade to black; cut to black.").elsewhere());
        assertFalse(READER.reading("At dusk, the zebras walk to the water.").elsewhere());
    }
}
