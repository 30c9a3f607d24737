package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The head of a Chinese place phrase is its last place: a place written before another, or
 * joined to it by a locative and 的, only says where it lies.
 */
class ChinesePlaceHeadTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static void setting(String want, String line) {
        assertEquals(want, READER.reading(line).setting(), line);
    }

    @Test
    void compoundOfTwoPlacesIsTheLast() {
        setting("harbour", "清晨,渔村码头上停满了渔船。");
        setting("harbour", "小镇码头上,渔民在卖鱼。");
        setting("harbour", "海湾里的小港口。");
    }

    @Test
    void placeBeforeALocativeAndDeOnlySaysWhereTheHeadLies() {
        setting("grassland", "雪山脚下的牧场上,牛羊在吃草。");
        setting("farmland", "森林旁的农场里有几匹马。");
        setting("town", "沙漠边缘的小镇。");
        setting("village", "山谷里的村庄。");
        setting("village", "山脚下的小村子冒起了炊烟。");
        setting("town", "湖边的小镇很热闹。");
        setting("town", "古镇的客栈门口挂着灯笼。");
        setting("mountains", "雪山脚下的草地上开满了野花。");
    }

    @Test
    void headingsWritePlacePhrasesWithoutDe() {
        setting("town", "EXT. 沙漠边缘小镇 - DUSK");
        setting("village", "EXT. 海边渔村 - DAY");
        setting("harbour", "第3场 外景 渔村码头 日");
        setting("grassland", "第5场 外景 雪山脚下的牧场 晨");
    }

    @Test
    void seaByTheHeadStaysAsItsWater() {
        LineReading r = READER.reading("海边的小渔村,家家户户都在晒网。");
        assertEquals("village", r.setting());
        assertEquals("sea", r.water());
        r = READER.reading("海边的小镇,渔船进进出出。");
        assertEquals("town", r.setting());
        assertEquals("sea", r.water());
    }

    @Test
    void aPlaceWithNoPlaceAfterItIsTheSetting() {
        setting("mountains", "山中的寺庙,香火很旺。");
        setting("grassland", "大草原上的蒙古包。");
        setting("forest", "溪边的竹林里有一只熊猫。");
        setting("harbour", "渔港里挤满了渔船。");
        setting("coast", "海岛上的灯塔亮了。");
    }

    @Test
    void kindsOfPlaceAreTheirSetting() {
        setting("village", "渔村的早晨很安静。");
        setting("village", "我们住在一个小渔村里。");
        setting("village", "我们来到一个山村。");
        setting("village", "爷爷一直住在农村。");
        setting("village", "暑假回乡下看外婆。");
        setting("city", "雾中的山城,高楼依山而建。");
        setting("grassland", "羊群散在草场上。");
        setting("forest", "林场的工人在伐木。");
        setting("coast", "傍晚在海滨散步。");
        setting("farmland", "窗外是一片田园风光。");
        setting("valley", "盆地里四面环山。");
    }
}
