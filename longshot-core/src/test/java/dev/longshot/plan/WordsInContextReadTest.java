package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words read by the part they play in their sentence, not by what they spell: herd words,
 * speech, denied and sought things, compounds, and camera words used as plain words.
 */
class WordsInContextReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static List<String> ids(LineReading r) {
        return r.subjects().stream().map(SubjectRef::id).sorted().toList();
    }

    private static List<String> thingIds(LineReading r) {
        return r.things().stream().map(ThingRef::id).sorted().toList();
    }

    private static boolean notShown(LineReading r, String said) {
        return r.notShown().stream().anyMatch(n -> n.said().contains(said));
    }

    @Test
    void flockOfGullsIsGullsNotAlsoBirds() {
        LineReading r = READER.reading("A flock of gulls follows the boat.");
        assertEquals(List.of("seagull"), ids(r));
        assertEquals("group", r.subjects().get(0).count());
    }

    @Test
    void herdSaidBackCountsNoCreatureOfItsOwn() {
        LineReading r = READER.reading("Behind him, the rest of the herd picks its way down.");
        assertEquals(List.of(), ids(r));
        assertTrue(r.herdBack());
        assertTrue(!READER.reading("A herd of zebras grazes.").herdBack());
    }

    @Test
    void quotedSpeechChangesNoScene() {
        LineReading r = READER.reading("鸭妈妈说:“小白兔,快来一起玩吧!”");
        assertEquals(List.of("duck"), ids(r));
        assertNull(r.subjects().get(0).action());
        assertTrue(notShown(r, "快来一起玩吧"), r.notShown().toString());
    }

    @Test
    void dialogueAfterASpeakersCueBringsNoStorm() {
        LineReading r = READER.reading("爷爷: 今天不出海了,台风要来了。");
        assertNull(r.weather());
        assertNull(r.water());
        LineReading en = READER.reading("CAPTAIN: The storm will hit the harbour tonight.");
        assertNull(en.weather());
        assertNull(en.setting());
    }

    @Test
    void cameraCueBeforeAColonIsNoSpeaker() {
        LineReading r = READER.reading("Wide shot, 35mm: rain falls on the harbour.");
        assertEquals("rain", r.weather());
        assertEquals("wide", r.camera().shot());
    }

    @Test
    void deniedVerbIsNoAction() {
        LineReading r = READER.reading("小白兔摇摇头,它不会游泳。");
        assertNull(r.pronounAction());
        assertTrue(r.subjects().stream().noneMatch(s -> "swim".equals(s.action())),
                r.subjects().toString());
    }

    @Test
    void creatureWaitedForIsNotOnScreen() {
        LineReading r = READER.reading("A heron stands in the reeds, waiting for a fish.");
        assertTrue(!ids(r).contains("fish"), ids(r).toString());
        assertTrue(notShown(r, "fish"));
    }

    @Test
    void chineseCompoundIsAKindOfItsLastPart() {
        LineReading r = READER.reading("路边有一个卖鱼丸的小摊。");
        assertTrue(!ids(r).contains("fish"), ids(r).toString());
        assertTrue(notShown(r, "鱼丸"), r.notShown().toString());
        LineReading milk = READER.reading("一头奶牛每天能产二十多升牛奶。");
        assertEquals(List.of("cow"), ids(milk));
        assertTrue(notShown(milk, "牛奶"), milk.notShown().toString());
    }

    @Test
    void stonePierIsAPierNotARock() {
        assertEquals(List.of("pier"), thingIds(READER.reading("Waves slap a stone pier.")));
    }

    @Test
    void boatThatRocksIsStillABoat() {
        assertTrue(thingIds(READER.reading("A small boat rocks at its mooring."))
                .contains("boat"));
    }

    @Test
    void goldenEagleIsAnEagleNotAStatue() {
        LineReading r = READER.reading("High above, a golden eagle circles on the wind.");
        assertEquals(List.of("eagle"), ids(r));
        assertEquals(List.of(), thingIds(r));
    }

    @Test
    void birdsOverheadAreNoCameraAngle() {
        LineReading r = READER.reading("Gulls circling overhead, dozens of them.");
        assertNull(r.camera().angle());
        assertEquals("top-down", READER.reading("Overhead shot of the square.").camera().angle());
    }

    @Test
    void rainThatEasesHasStopped() {
        assertEquals("clear", READER.reading("Late in the afternoon the rain eases.").weather());
    }

    @Test
    void narratorWhoOnlyTravelsIsNotOnScreen() {
        assertEquals(List.of(), ids(READER.reading("By the time we reach Santorini the sun sets.")));
        assertEquals(List.of(), ids(READER.reading("凌晨四点,我们从敦煌出发去鸣沙山看日出。")));
        assertEquals(List.of("person"), ids(READER.reading("We board a bamboo raft at the pier.")));
        assertEquals(List.of("person"), ids(READER.reading("夜幕降临,我们在沙漠里点起篝火。")));
    }

    @Test
    void nameThatActsIsAPersonAndAPlaceAfterFromIsNot() {
        LineReading r = READER.reading("Maria walks along the pier.");
        assertEquals(List.of("person"), ids(r));
        assertEquals("walk", r.subjects().get(0).action());
        assertEquals(List.of(), ids(READER.reading("Fog rolls in from Kowloon.")));
    }

    @Test
    void nameInsideASentenceDoingAnyVerbIsAPerson() {
        assertEquals(List.of("person"), ids(READER.reading("Later, Tom opens the trunk.")));
        LineReading weaves = READER.reading("A-Ming weaves through the crowd on his bicycle.");
        assertTrue(ids(weaves).contains("person"), weaves.subjects().toString());
        LineReading gets = READER.reading("Then Tom gets out of the car and looks around.");
        assertEquals(List.of("person"), ids(gets));
        assertEquals("watch", gets.subjects().get(0).action());
    }

    @Test
    void aCommonNounOpeningASentenceBeforeAnyVerbIsNoName() {
        assertEquals(List.of(), ids(READER.reading("Pressure rises until the mountain can't "
                + "hold it.")));
        assertEquals(List.of(), ids(READER.reading("Smoke starts to pour out of the crater.")));
    }

    @Test
    void aHyphenatedStyleSetsTheStyleAsTheSpacedOneDoes() {
        assertEquals("chinese-classical",
                READER.reading("Song-dynasty harbour town at dawn").style());
    }

    @Test
    void aCapitalisedPluralThatOpensASentenceIsNoName() {
        assertTrue(!ids(READER.reading("Pelicans glide low over the bay.")).contains("person"));
        assertTrue(!ids(READER.reading("At dusk. Hyenas circle the carcass.")).contains("person"));
        assertEquals(List.of("person"), ids(READER.reading("Tomas runs down the beach.")));
        assertEquals(List.of("person"), ids(READER.reading("At noon Maria walks in.")));
    }

    @Test
    void verbOfACreatureIsNotReportedAsAnUnshownThing() {
        LineReading r = READER.reading("A lone fisherman casts his net.");
        assertTrue(!notShown(r, "casts"), r.notShown().toString());
        assertTrue(notShown(r, "net"), r.notShown().toString());
        assertTrue(notShown(READER.reading("An owl calls from the pines."), "calls"),
                "a sound is still reported");
    }

    @Test
    void driversAreInACarNotOnAHorse() {
        LineReading drive = READER.reading("The old farmer drives slowly into town.");
        assertTrue(drive.subjects().stream().noneMatch(x -> x.id().equals("horse")),
                drive.subjects().toString());
        assertTrue(drive.things().stream().anyMatch(t -> t.id().equals("car")),
                drive.things().toString());
        LineReading rain = READER.reading("The rider pushes on through the driving rain.");
        assertTrue(rain.things().stream().noneMatch(t -> t.id().equals("car")),
                rain.things().toString());
        assertEquals("medieval-european", READER.reading("A woman drives to the old castle.")
                .style(), "a car only implied does not make the castle modern");
    }

    @Test
    void aCueThatSaysWhereIsNoSpeaker() {
        LineReading r = READER.reading("INSIDE THE JEEP: Sarah checks a map while Tom drives.");
        assertTrue(ids(r).contains("person"), ids(r).toString());
        assertTrue(Speech.find("JOHN: The storm is coming.").size() == 1, "a name is a speaker");
    }

    @Test
    void aPlaceFullOfPeopleHasManyOfThem() {
        SubjectRef tourists = READER.reading("江边挤满了拍照的游客。").subjects().stream()
                .filter(x -> x.id().equals("person")).findFirst().orElseThrow();
        assertEquals("many", tourists.count());
    }

    @Test
    void anSFormAfterOneDoerIsItsVerb() {
        LineReading waves = READER.reading("The old fisherman waves to us from the pier.");
        assertNull(waves.water(), "waves of a hand are no sea");
        LineReading jones = READER.reading("Farmer Jones waves from the yard.");
        assertNull(jones.water());
        assertEquals("sea", READER.reading("Waves crash on the rocks.").water());
    }

    @Test
    void aNarratorWhoDrivesThereIsNotOnScreen() {
        LineReading r = READER.reading("We drive up the lane to the farm just after sunrise.");
        assertTrue(ids(r).isEmpty(), ids(r).toString());
        assertTrue(thingIds(r).stream().noneMatch(t -> t.equals("car")), thingIds(r).toString());
    }

    @Test
    void aSecondVerbAfterAndIsNoCrowd() {
        LineReading r = READER.reading("The pigs squeal and crowd round the trough.");
        assertEquals(List.of("pig"), ids(r));
    }

    @Test
    void aFamilyOfUnshownCreaturesPutsNoOneOnScreen() {
        LineReading r = READER.reading("In the shallows, a family of otters plays among the rocks.");
        assertTrue(ids(r).isEmpty(), ids(r).toString());
        assertTrue(notShown(r, "otters"));
    }

    @Test
    void rowersAreInABoatNotOnHorses() {
        LineReading r = READER.reading("Warriors row in rhythm across the fjord.");
        assertTrue(ids(r).stream().noneMatch(id -> id.equals("horse")), ids(r).toString());
        assertTrue(thingIds(r).contains("boat"), thingIds(r).toString());
    }

    @Test
    void aSunThatBeatsDownIsNoSunset() {
        LineReading r = READER.reading("The sun beats down on the Nile.");
        assertNull(r.timeOfDay());
        assertEquals("clear", r.weather());
    }
}
