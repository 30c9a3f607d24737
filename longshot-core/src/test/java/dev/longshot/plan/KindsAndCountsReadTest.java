package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Kinds no entry names, misspellings, counts and actions written the way people write. */
class KindsAndCountsReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static SubjectRef subject(LineReading r, String id) {
        return r.subjects().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    private static boolean approximatedAs(LineReading r, String said, String id) {
        return r.approximated().stream().anyMatch(a -> a.said().equals(said)
                && a.shownAs().equals(id));
    }

    @Test
    void aBoyOrAGirlIsAChildNotAnAdult() {
        LineReading boy = READER.reading("A boy runs along the pier.");
        assertEquals("run", subject(boy, "child").action());
        assertNull(subject(boy, "person"));
        assertEquals("few", subject(READER.reading("Two girls dance in the square."), "child")
                .count());
        assertTrue(subject(READER.reading("书童牵着一头毛驴跟在后面。"), "child") != null);
        assertTrue(subject(READER.reading("一个男孩在河边钓鱼。"), "child") != null);
    }

    @Test
    void hyenasAreAPackOfWolvesThatWalk() {
        LineReading r = READER.reading("A pack of hyenas trots in from the east.");
        SubjectRef wolf = subject(r, "wolf");
        assertEquals("group", wolf.count());
        assertEquals("walk", wolf.action());
        assertTrue(approximatedAs(r, "hyenas", "wolf"), r.approximated().toString());
    }

    @Test
    void reefFishAreFishThatEat() {
        LineReading r = READER.reading("Close-up on a parrotfish munching on coral.");
        assertEquals("eat", subject(r, "fish").action());
        assertTrue(approximatedAs(r, "parrotfish", "fish"), r.approximated().toString());
        assertTrue(approximatedAs(READER.reading("几条小丑鱼躲在珊瑚里。"), "小丑鱼", "fish"));
    }

    @Test
    void chineseKindIsShownAsItsEntry() {
        assertTrue(approximatedAs(READER.reading("几只鬣狗在远处徘徊。"), "鬣狗", "wolf"));
        assertTrue(approximatedAs(READER.reading("Wildebeest cross the river."),
                "Wildebeest", "cow"));
    }

    @Test
    void aGuessedThingDoesNotRestyleThePlace() {
        LineReading candle = READER.reading("老人在蜡烛旁读书。");
        assertTrue(approximatedAs(candle, "蜡烛", "lantern"), candle.approximated().toString());
        assertNull(candle.style());
        LineReading lamp = READER.reading("A monk reads by the lamp in his cell.");
        assertTrue(approximatedAs(lamp, "lamp", "street-lamp"), lamp.approximated().toString());
        assertNull(lamp.style());
        assertEquals("chinese-classical", READER.reading("街上挂满了红灯笼。").style());
    }

    @Test
    void misspeltCreatureIsStillTheCreature() {
        LineReading r = READER.reading("Two girafes splay their legs to reach the water.");
        assertEquals("few", subject(r, "giraffe").count());
        assertTrue(approximatedAs(r, "girafes", "giraffe"));
    }

    @Test
    void verbThatLooksLikeAMisspeltNounIsNoCreature() {
        LineReading r = READER.reading("Once a busy trading port.");
        assertTrue(r.subjects().isEmpty(), r.subjects().toString());
    }

    @Test
    void aVerbOneSlipFromANounIsNoThing() {
        LineReading r = READER.reading("He raises his rifle, then lowers it.");
        assertTrue(r.things().isEmpty(), r.things().toString());
        assertFalse(approximatedAs(r, "lowers", "flowers"));
    }

    @Test
    void threeOfThemCountsWhatWasJustNamed() {
        assertEquals("few", subject(READER.reading("Dolphins! Three of them riding the bow "
                + "wave."), "dolphin").count());
    }

    @Test
    void chineseNumeralsWithMeasureWordsCount() {
        assertEquals("few", subject(READER.reading("三头大象走向水塘。"), "elephant").count());
        assertEquals("group", subject(READER.reading("二十只羊在吃草。"), "sheep").count());
        assertEquals("many", subject(READER.reading("上千只火烈鸟飞过湖面。"), "flamingo")
                .count());
    }

    @Test
    void englishQuantitiesCount() {
        assertEquals("few", subject(READER.reading("A pair of swans glide past."), "swan")
                .count());
        assertEquals("group", subject(READER.reading("Dozens of goats on the slope."), "goat")
                .count());
        assertEquals("many", subject(READER.reading("Hundreds of flamingos take off."),
                "flamingo").count());
    }

    @Test
    void purposeAfterAnActionIsNotANewAction() {
        assertEquals("rest", subject(READER.reading("The squire sits down to wait."),
                "person").action());
    }

    @Test
    void herdThatMovesOnLeaves() {
        assertEquals("leave", subject(READER.reading("The elephants move on."), "elephant")
                .action());
        assertEquals("walk", subject(READER.reading("The elephants walk on the sand."),
                "elephant").action(), "walking on something is not leaving");
    }

    @Test
    void cyclistsRideBicyclesNotHorses() {
        LineReading r = READER.reading("Afternoon we cycle through the rice paddies.");
        assertEquals("ride", subject(r, "person").action());
        assertNull(subject(r, "horse"));
        assertTrue(r.things().stream().anyMatch(t -> t.id().equals("bicycle")));
    }

    @Test
    void onlyWhatIsNamedRemains() {
        assertTrue(READER.reading("Only the giraffes and zebras remain at the pond.").only());
        assertFalse(READER.reading("草原上只剩下风声。").only(), "a sound that remains clears no one");
    }

    @Test
    void oneSlipIsADropDoubleOrSwapNotAReplacement() {
        assertTrue(KindsOf.oneSlip("girafes", "giraffes"));
        assertTrue(KindsOf.oneSlip("elephnat", "elephant"));
        assertFalse(KindsOf.oneSlip("horses", "houses"));
    }

    @Test
    void theMotherOfCubsIsNoPerson() {
        LineReading r = READER.reading("Two cubs wrestle in the grass while their mother watches.");
        assertNull(subject(r, "person"), r.subjects().toString());
    }

    @Test
    void aTradeNamesAPerson() {
        assertTrue(approximatedAs(READER.reading("The beekeeper lifts out a frame."),
                "beekeeper", "person"));
        assertTrue(subject(READER.reading("铁匠在炉边打铁。"), "person") != null);
        assertTrue(subject(READER.reading("孙子在一旁帮忙。"), "child") != null);
    }

    @Test
    void aVerbAndItsObjectIsNoThing() {
        LineReading lost = READER.reading("一个迷路的小女孩走进了森林。");
        assertTrue(lost.things().stream().noneMatch(t -> t.id().equals("road")),
                lost.things().toString());
        assertTrue(READER.reading("他沿着山路慢慢走。").things().stream()
                .anyMatch(t -> t.id().equals("road")), "a mountain road is a road");
    }

    @Test
    void aDustyPlaceIsNoDustStorm() {
        assertNull(READER.reading("We pull over at a dusty gas station.").weather());
        assertEquals("dust", READER.reading("A sandstorm rolls over the dunes.").weather());
    }

    @Test
    void aBreedIsItsKind() {
        assertTrue(approximatedAs(READER.reading("The collie races across the yard."),
                "collie", "dog"));
    }

    @Test
    void aListedKindTheSegmenterSplitsIsReadWhole() {
        assertTrue(approximatedAs(READER.reading("一位白衣剑仙御剑飞来。"), "剑仙", "person"));
    }

    @Test
    void everydayNamesOfThingsAreTheirEntries() {
        assertTrue(approximatedAs(READER.reading("A red double-decker passes."), "double-decker",
                "bus"));
        assertEquals("street-lamp", READER.reading("Street lights flicker on.").things().get(0)
                .id());
        assertEquals("tower", READER.reading("高楼大厦。").things().get(0).id());
        assertEquals("rock", READER.reading("大石头。").things().get(0).id());
    }

    @Test
    void aBoatThatRocksIsNoRockAndABambooPoleNoBamboo() {
        assertEquals(List.of("boat", "pier"), READER.reading(
                "A small fishing boat rocks at its mooring beside a stone pier.").things().stream()
                .map(ThingRef::id).toList());
        assertEquals("rock", READER.reading("Rocks line the shore.").things().get(0).id());
        assertTrue(READER.reading("船夫撑着竹篙。").things().isEmpty());
    }

    @Test
    void hundredsSplitByTheSegmenterAreManyAndTwoNamesAFew() {
        assertEquals("many", subject(READER.reading("几百只火烈鸟在湖里。"), "flamingo").count());
        assertEquals("group", subject(READER.reading("几十只羊在吃草。"), "sheep").count());
        assertEquals("few", subject(READER.reading("几只鸭子在游泳。"), "duck").count());
        assertEquals("few", subject(READER.reading("Tom and Mei walk into the saloon."),
                "person").count());
        assertEquals("play", subject(READER.reading("几个孩子在踢球。"), "child").action());
    }
}
