package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who does what, and words that look like creatures or weather but are not. */
class ActionsAndFiguresReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static SubjectRef subject(LineReading r, String id) {
        return r.subjects().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    private static boolean thing(LineReading r, String id) {
        return r.things().stream().anyMatch(t -> t.id().equals(id));
    }

    @Test
    void marbleLionsAreStatuesNotLions() {
        LineReading r = READER.reading("A row of marble lions guard the sacred lake.");
        assertNull(subject(r, "lion"));
        assertTrue(thing(r, "statue"));
        assertNull(subject(r, "soldier"), "guard after a plural is its verb, not a guard");
    }

    @Test
    void everyoneInAnAnimalTaleIsItsKind() {
        LineReading r = READER.reading("猴王带着大家钻进了瀑布后面的水帘洞。");
        assertNull(subject(r, "person"), r.subjects().toString());
    }

    @Test
    void walkingOffOrGoneHomeIsLeaving() {
        assertEquals("leave", subject(READER.reading("大黄狗摇摇尾巴,走开了。"), "dog").action());
        assertEquals("leave", READER.reading("傍晚,农民开着拖拉机回家了。").subjects().get(0)
                .action());
        assertEquals("leave", subject(READER.reading("两只狼跑下山去。"), "wolf").action());
    }

    @Test
    void motionAimedAtSomethingOrToAndFroIsNoLeaving() {
        assertEquals("walk", subject(READER.reading("一个少年向城堡走去。"), "person").action());
        assertEquals("play", subject(READER.reading("一群猴子在树上跳来跳去。"), "monkey")
                .action());
    }

    @Test
    void stoppingToDoSomethingIsDoingIt() {
        assertEquals("eat", subject(READER.reading("The hikers stop to eat lunch beside the hut."),
                "person").action());
    }

    @Test
    void herdThatIsDrivenWalks() {
        assertEquals("walk", subject(READER.reading("牧民骑着马,赶着羊群回家。"), "sheep")
                .action());
    }

    @Test
    void cameraClauseNamingNoOneMovesTheCamera() {
        LineReading r = READER.reading("推镜头,穿过人群,停在一个卖瓷器的摊位前。");
        SubjectRef crowd = subject(r, "crowd");
        assertTrue(crowd == null || !"stand".equals(crowd.action()), r.subjects().toString());
    }

    @Test
    void peopleCarriedByDonkeysRide() {
        LineReading r = READER.reading("Donkeys carry tourists up the old steps.");
        assertEquals("carry", subject(r, "donkey").action());
        SubjectRef tourists = r.subjects().stream().filter(s -> !s.id().equals("donkey"))
                .findFirst().orElseThrow();
        assertEquals("ride", tourists.action());
    }

    @Test
    void whatAppearsAfterItsVerbTakesTheVerbAndNoOneBeforeDoes() {
        LineReading geese = READER.reading("天边出现了一群大雁。");
        assertEquals("arrive", subject(geese, "bird").action());
        LineReading rainbow = READER.reading("东边出现了一道彩虹,横跨整个草原。");
        assertNull(rainbow.pronounAction(), "the rainbow appears, not the sheep seen before");
        assertTrue(rainbow.skyAdded().contains("rainbow"));
    }

    @Test
    void whatALikenessDoesIsNoActionOfTheirs() {
        assertNull(subject(READER.reading("远远看去,羊群像一片移动的白云。"), "sheep").action());
        assertEquals("walk", subject(READER.reading("成千上万只羊像白云一样在草原上慢慢移动。"),
                "sheep").action());
        assertEquals("run", subject(READER.reading("孩子们像风一样跑过草地。"), "child").action());
    }

    @Test
    void foalsFrolicAndSheepHuddleForWarmth() {
        assertEquals("play", subject(READER.reading("几匹小马驹在草地上撒欢。"), "horse").action());
        assertEquals("rest", subject(READER.reading("羊群挤在一起取暖。"), "sheep").action());
    }

    @Test
    void riddenHorseThatWalksAheadIsRidden() {
        LineReading r = READER.reading("新郎骑着一匹白马走在最前面。");
        assertEquals("ride", subject(r, "horse").action());
        assertEquals("ride", subject(r, "person").action());
    }

    @Test
    void mannerVerbGivesWayToTheMotion() {
        assertEquals("run", subject(READER.reading("一个少年望着远方跑去。"), "person")
                .action());
        assertEquals("ride", subject(READER.reading("一个少年骑着骆驼走过沙漠。"), "person")
                .action(), "whoever rides still rides");
    }

    @Test
    void plainWeatherWordsOfEitherLanguageSetTheWeather() {
        assertEquals("rain", READER.reading("阴雨绵绵,江南的小镇。").weather());
        assertEquals("snow", READER.reading("Sleet over the harbour.").weather());
        assertEquals("clear", READER.reading("秋高气爽,我们去爬山。").weather());
    }

    @Test
    void greyStoneIsNoWeather() {
        assertNull(READER.reading("A castle of grey stone.").weather());
    }

    @Test
    void crowdSaidPlainlyIsACrowd() {
        assertEquals("many", subject(READER.reading("西街上人很多。"), "crowd").count());
    }

    @Test
    void youngNamedWithTheirMotherAreMoreOfHerKind() {
        SubjectRef bear = subject(READER.reading("A polar bear and her two cubs pad across the "
                + "ice."), "bear");
        assertEquals("few", bear.count());
        assertEquals("walk", bear.action());
    }

    @Test
    void theMotherRefersBackToTheAnimalsOnScreen() {
        LineReading r = READER.reading("The mother stops and lifts her nose.");
        assertNull(subject(r, "person"), r.subjects().toString());
        assertEquals("stand", r.pronounAction());
    }

    @Test
    void seaCreaturesThatGlideSwim() {
        assertEquals("swim", subject(READER.reading("The orcas glide past."), "whale").action());
    }

    @Test
    void bareRiverWordAfterAStreamIsTheSameStream() {
        assertEquals("stream", READER.reading("一条小河穿过镇子,河上有几座石桥。").water());
    }

    @Test
    void chineseOldTownIsClassicalAndItsGrandmotherAPerson() {
        assertEquals("chinese-classical", READER.reading("清晨,江南古镇笼罩在薄雾里。").style());
        assertEquals("rest", subject(READER.reading("一位老奶奶坐在门口剥豆子。"), "person")
                .action());
    }

    @Test
    void vehiclesInAStreetDriveOnARoadPeopleNeedNone() {
        assertTrue(thing(READER.reading("Scooters everywhere, waiting at the red light."),
                "road"));
        assertTrue(!thing(READER.reading("街上人来人往。"), "road"));
    }

    @Test
    void marketStreetsAndNightMarketsHaveStalls() {
        assertTrue(thing(READER.reading("街市上人山人海,叫卖声此起彼伏。"), "market-stall"));
        assertTrue(thing(READER.reading("晚上去逛夜市。"), "market-stall"));
    }

    @Test
    void vloggerGreetingTheViewersPutsNoOneOnScreen() {
        assertTrue(READER.reading("大家好!今天带大家来安吉的茶山玩~").subjects().isEmpty());
        assertEquals(1, READER.reading("大家都在拍照").subjects().size(),
                "everyone taking photos is on screen");
    }
}
