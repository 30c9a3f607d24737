package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a line is and what its weather is: well-known place names, weather still to come or
 * already over, denied endings, stop words used as nouns, literal weather idioms, the past
 * ages that set a style and the waters a place word names.
 */
class PlacesAndWeatherReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void aMountainNamedAsAVolcanoIsTheVolcano() {
        assertEquals("volcano", READER.reading(
                "Here is Mount Fuji in Japan, a classic cone-shaped volcano.").setting());
        assertEquals("mountains", READER.reading("We hike in the mountains toward the volcano.")
                .setting(), "a volcano ahead is seen, not reached");
    }

    @Test
    void snowAcrossThePassIsSnowNotAWeatherThatPasses() {
        assertEquals("snow", READER.reading("Snow falls across the pass.").weather());
        assertEquals("clear", READER.reading("The storm passes over the plateau.").weather());
    }

    @Test
    void riceTerracesAreFarmland() {
        assertEquals("farmland", READER.reading("Rice terraces on the hillside.").setting());
    }

    @Test
    void aWeatherThatDiesDownOrBlowsOverEnds() {
        assertEquals("clear", READER.reading("The blizzard finally dies down.").weather());
        assertEquals("clear", READER.reading("By evening the storm has blown over.").weather());
        assertEquals("clear", READER.reading("A scorching hot day.").weather());
        assertEquals("snow", READER.reading("The wind blows the snow over the ridge.").weather(),
                "snow blown over a ridge goes on");
    }

    @Test
    void fogThatHasNotLiftedYetIsStillFog() {
        assertEquals("fog", READER.reading("The fog has not lifted yet.").weather());
        assertEquals("fog", READER.reading("早上八点,城里的雾还没散。").weather());
        assertEquals("clear", READER.reading("雾气渐渐散去。").weather());
    }

    @Test
    void waterTownsCapitalsAndChineseTemplesAreClassicalChina() {
        LineReading r = READER.reading("江南水乡,小桥流水。");
        assertEquals("town", r.setting());
        assertEquals("chinese-classical", r.style());
        assertEquals("river", r.water());
        assertTrue(r.things().stream().anyMatch(t -> t.id().equals("bridge")), r.things().toString());
        assertEquals("ancient-city", READER.reading("明朝的京城,街上很热闹。").setting());
        assertEquals("chinese-classical", READER.reading("The Forbidden City at dawn.").style());
        LineReading temple = READER.reading("一座古寺,钟声悠扬。");
        assertEquals("chinese-classical", temple.style());
        assertTrue(temple.things().stream().anyMatch(t -> t.id().equals("temple")));
    }

    @Test
    void blazingSunIdiomsAreClearAndSnowboundIsSnow() {
        assertEquals("clear", READER.reading("烈日当空。").weather());
        assertEquals("clear", READER.reading("艳阳高照,游客很多。").weather());
        assertTrue(READER.reading("艳阳高照,游客很多。").notShown().stream()
                .noneMatch(n -> n.said().startsWith("艳阳")), "the sun is shown, not dropped");
        assertEquals("snow", READER.reading("冰天雪地。").weather());
    }

    @Test
    void moonlightIsNightButARisingMoonAtDuskStaysDusk() {
        assertEquals("night", READER.reading("An ice castle glitters in the moonlight.")
                .timeOfDay());
        assertEquals("dusk", READER.reading("At dusk the moon rises.").timeOfDay());
    }

    @Test
    void beaconSmokeOnTheHillIsNoWolf() {
        LineReading r = READER.reading("远处的山上升起了狼烟。");
        assertEquals(List.of(), r.subjects());
    }

    @Test
    void aWellKnownCityNamedIsThatCityToday() {
        LineReading zh = READER.reading("早上八点,重庆的雾还没散。");
        assertEquals("city", zh.setting());
        assertEquals("modern", zh.style());
        assertEquals("city", READER.reading("In Chicago, wind howls down the avenue.").setting());
        // a name inside other words is no place: 今天 + 山上 spells no 天山
        assertEquals("mountains", READER.reading("今天山上的风很大。").setting());
    }

    @Test
    void rainStillToComeIsOnlyCloudsYet() {
        assertEquals("cloudy", READER.reading("马上就要下雨了。").weather());
        assertEquals("cloudy", READER.reading("乌云密布,一场大雨即将来临。").weather());
        assertEquals("cloudy", READER.reading("It looks like it's going to rain.").weather());
        assertEquals("cloudy", READER.reading("Dark clouds warn of a coming storm.").weather());
        assertEquals("rain", READER.reading("下起了毛毛细雨。").weather());
    }

    @Test
    void rainbowAfterTheStormHasAClearSky() {
        LineReading r = READER.reading("A rainbow appears after the storm.");
        assertEquals("clear", r.weather());
        assertEquals(List.of("rainbow"), r.skyAdded());
        assertEquals("clear", READER.reading("暴风雨过后,天空放晴。").weather());
    }

    @Test
    void literalWeatherIdiomsShowTheirWeather() {
        assertEquals("snow", READER.reading("大雪纷飞。").weather());
        assertEquals("rain", READER.reading("阴雨绵绵的江南。").weather());
        assertEquals("storm", READER.reading("风雨交加的夜晚。").weather());
    }

    @Test
    void aPastAgeWithNoStyleOfItsOwnIsNotToday() {
        LineReading victorian = READER.reading("维多利亚时代的伦敦街头。");
        assertEquals("city", victorian.setting());
        assertEquals(null, victorian.style());
        assertEquals(null, READER.reading("An Edo-period street with wooden houses.").style());
        assertEquals("modern", READER.reading("伦敦街头。").style());
    }

    @Test
    void aDynastyOrAPeopleOfOldGiveTheirStyle() {
        assertEquals("chinese-classical", READER.reading("明朝的皇宫,清晨。").style());
        assertEquals("chinese-classical", READER.reading("北宋年间的汴河两岸。").style());
        assertEquals("medieval-european", READER.reading("A Viking longship sails into the bay.")
                .style());
        // 明天 is tomorrow, not the Ming
        assertEquals(null, READER.reading("明天去森林。").style());
    }

    @Test
    void straitIsTheSeaAndAMoatIsAPond() {
        assertEquals("sea", READER.reading("The ferry crosses the strait.").water());
        assertEquals("sea", READER.reading("渡轮穿过海峡。").water());
        assertEquals("pond", READER.reading("Swans glide on the castle moat.").water());
        assertEquals("pond", READER.reading("护城河边的柳树。").water());
    }

    @Test
    void wellKnownPlacesNameTheirSetting() {
        assertEquals("desert", READER.reading("By sunset we reach Monument Valley.").setting());
        assertEquals("town", READER.reading("我们来到了丽江古城。").setting());
        assertEquals("harbour", READER.reading("维港的夜景。").setting());
    }

    @Test
    void aCanalIsNarrowWaterARiverNotTheSea() {
        assertEquals("river", READER.reading("The arched stone bridge over the canal.").water());
        assertEquals("river", READER.reading("运河上的石拱桥。").water());
    }

    @Test
    void rapidsAndWaysAlongARiverAreTheRiver() {
        assertEquals("river", READER.reading("Further downstream, a bear wades into the rapids.")
                .water());
        assertEquals("town", READER.reading("山下的小镇里,百姓们正在赶集。").setting());
    }

    @Test
    void bambooGroveIsAForestAndTeaHillsAreFarmland() {
        LineReading grove = READER.reading("往山下走,钻进了一大片竹林");
        assertEquals("forest", grove.setting());
        assertTrue(grove.things().stream().anyMatch(t -> t.id().equals("bamboo")));
        assertEquals("farmland", READER.reading("今天带大家来安吉的茶山玩").setting());
        assertEquals("farmland", READER.reading("Rows of a tea plantation at dawn.").setting());
        assertEquals("forest", READER.reading("A bamboo forest in the rain.").setting());
        assertEquals(SettingCue.FEATURE, READER.reading("两岸是翠绿的竹林").settingCue(),
                "a grove lining the banks grows where the story is");
    }

    @Test
    void teaCoveringTheSlopeIsWhereItGrowsNotANewPlace() {
        assertEquals(SettingCue.FEATURE, READER.reading("航拍:一层一层的茶树铺满了整个山坡")
                .settingCue());
    }

    @Test
    void dryCreekOnMainStreetIsATownWithNoWater() {
        LineReading r = READER.reading("EXT. DRY CREEK - MAIN STREET - DAY");
        assertEquals("town", r.setting());
        assertEquals("none", r.water());
        assertEquals("noon", r.timeOfDay());
        assertEquals("stream", READER.reading("A creek runs past the barn.").water());
    }

    @Test
    void firstDropsAreRain() {
        assertEquals("rain", READER.reading("Made it back to the harbour just as the first "
                + "drops hit.").weather());
    }

    @Test
    void chineseScreenplayLineOpeningOnNightIsNight() {
        assertEquals("night", READER.reading("夜。两匹马在吃草, Tom 和 Mei 睡在篝火旁。")
                .timeOfDay());
        assertNull(READER.reading("夜市里人山人海。").timeOfDay(), "a night market names no time");
    }

    @Test
    void fadeToWhiteFadesOutAndCutToBlackIsACut() {
        assertEquals("fade-out", READER.reading("A rainbow over the harbour. Fade to white.")
                .transition());
        assertEquals("cut", READER.reading("SMASH CUT TO BLACK.").transition());
    }

    @Test
    void rainWithThunderIsAStorm() {
        assertEquals("storm", READER.reading("Thunder rolls; the first raindrops hit the lake.")
                .weather());
    }

    @Test
    void sunBreakingThroughTheMistClearsIt() {
        assertEquals("clear", READER.reading("Sunlight breaks through the mist between the "
                + "trunks.").weather());
        assertEquals("fog", READER.reading("Heavy mist hangs over the lake.").weather());
    }

    @Test
    void pistolThatFiresLightsNoFire() {
        assertTrue(READER.reading("The starting pistol fires.").things().isEmpty());
    }

    @Test
    void aCreatureBaskingInTheSunMeansTheSunIsOut() {
        assertEquals("clear", READER.reading("一只橘猫趴在墙头上晒太阳。").weather());
        assertNull(READER.reading("一只橘猫趴在墙头上睡觉。").weather());
    }

    @Test
    void smokeInsideATempleIsNoWeather() {
        assertNull(READER.reading("寺庙里烟雾缭绕,到处都是香客。").weather());
    }

    @Test
    void pierWhereABoatIsTakenIsTheHarbour() {
        LineReading ferry = READER.reading("八点半,我们到码头坐渡轮去普陀山。");
        assertEquals("harbour", ferry.setting());
        assertEquals(SettingCue.NAMED, ferry.settingCue());
        assertTrue(READER.reading("我们跟着人群走回码头。").settingCue() != SettingCue.NAMED,
                "a pier alone is a part of the place the story is in");
    }
}
