package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Chinese counts said after the noun, a small river split from its 小, 一早, and people named
 * only as whose home it is or as the place's own.
 */
class ChineseCountsAndPlacesReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void touristsGrowingInNumberAreMany() {
        SubjectRef tourists = READER.reading("中午,游客越来越多。").subjects().get(0);
        assertEquals("many", tourists.count());
        assertEquals("many", READER.reading("游客多了起来。").subjects().get(0).count());
    }

    @Test
    void smallRiverSplitFromItsBankIsAStream() {
        assertEquals("stream", READER.reading("小河边,一头水牛在吃草。").water());
        assertEquals("river", READER.reading("河边,一头水牛在吃草。").water());
    }

    @Test
    void earlyNextDayIsMorning() {
        assertEquals("morning", READER.reading("第二天一早,雪停了。").timeOfDay());
        assertEquals("morning", READER.reading("一大早,我们就出发了。").timeOfDay());
    }

    @Test
    void whoseHomeItIsPutsNoOneOnScreen() {
        LineReading r = READER.reading("到了新娘家门口,村里的人早就挤得水泄不通。");
        assertEquals(false, r.peopleNamed(), "the bride's door and the villagers bring no "
                + "people of the story's own: the procession arriving stays");
        assertEquals(true, r.subjects().stream().noneMatch(s -> s.said().contains("新娘")),
                r.subjects().toString());
    }
}
