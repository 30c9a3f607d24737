package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A place that says where the next one lies gives its water; the next is the setting. */
class PlaceModifierTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void cityByTheRiverIsTheCityWithTheRiversWater() {
        LineReading r = READER.reading("我们到了黄河边的西安。");
        assertEquals("city", r.setting());
        assertEquals("river", r.water());
        r = READER.reading("长江边的南京,夜色很美。");
        assertEquals("city", r.setting());
        assertEquals("river", r.water());
    }

    @Test
    void namedPlaceBeforeAKindOfPlaceOnlySaysWhereItLies() {
        assertEquals("village", READER.reading("泰山脚下的一个小村子。").setting());
        LineReading r = READER.reading("西湖边的小镇,游人如织。");
        assertEquals("town", r.setting());
        assertEquals("lake", r.water());
        assertEquals("mountains", READER.reading("黄山上的草地开满了野花。").setting(),
                "a meadow is a feature of the mountain, not a place of its own");
    }

    @Test
    void aFerryCrossingIsOnARiver() {
        LineReading r = READER.reading("老人在渡口等船。");
        assertEquals("valley", r.setting());
        assertEquals("river", r.water());
    }

    @Test
    void kindsOfPlaceSetTheSettingAsSaid() {
        LineReading r = READER.reading("我们走进了热闹的步行街。");
        assertEquals("city", r.setting());
        assertEquals(0, r.approximated().size(), r.approximated().toString());
        assertEquals("farmland", READER.reading("穿过一大片玉米地。").setting());
    }
}
