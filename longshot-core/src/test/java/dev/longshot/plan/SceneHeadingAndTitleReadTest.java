package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Chinese scene headings wherever they stand in the line, the place they name, and titles of
 * works that name no scenery.
 */
class SceneHeadingAndTitleReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void headingAfterATransitionOrBeforeADashSetsTheTime() {
        assertEquals("night", READER.reading("CUT TO 第9场 内景 茶馆 夜 — 灯火昏暗").timeOfDay());
        assertEquals("noon", READER.reading("第2场 外景 码头 日,人来人往").timeOfDay());
    }

    @Test
    void headingNamingABuildingSetsItsSettlementWithoutWater() {
        LineReading r = READER.reading("第12场 外景 城门 夜");
        assertEquals("ancient-city", r.setting());
        assertEquals(SettingCue.NAMED, r.settingCue());
        assertEquals("none", r.water());
        assertEquals("town", READER.reading("第3场 内景 客栈 日").setting());
    }

    @Test
    void headingNamingAFeatureMovesTheStoryThere() {
        LineReading r = READER.reading("第8场 外景 山中 晨");
        assertEquals("mountains", r.setting());
        assertEquals(SettingCue.NAMED, r.settingCue());
    }

    @Test
    void aTitleNamesNoWeatherOrTime() {
        LineReading r = READER.reading("电影《巴山夜雨》的片头,远处是群山。");
        assertNull(r.weather());
        assertNull(r.timeOfDay());
        assertTrue(r.notShown().stream().anyMatch(n -> n.said().equals("巴山夜雨")),
                r.notShown().toString());
    }

    @Test
    void aMatchNumberIsNoHeading() {
        assertNull(READER.reading("这是第3场比赛,观众很多。").timeOfDay());
    }
}
