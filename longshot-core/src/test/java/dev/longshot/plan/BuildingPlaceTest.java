package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Going into a building of a settlement takes the story to that settlement. */
class BuildingPlaceTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static void setting(String want, String line) {
        assertEquals(want, READER.reading(line).setting(), line);
    }

    @Test
    void goingIntoABuildingIsGoingToItsSettlement() {
        setting("town", "中午回酒店休息。");
        setting("town", "我们走进一家茶馆。");
        setting("town", "晚上去逛夜市。");
        setting("town", "他们来到附近的饭馆吃面。");
        setting("city", "下午走进商场买衣服。");
        setting("city", "一早来到机场。");
    }

    @Test
    void aStreetOfASettlementIsThatSettlement() {
        setting("town", "晚上,我们来到老街。");
        setting("town", "老街两边都是小店。");
    }

    @Test
    void aBuildingNamedInPassingMovesNoOne() {
        assertNull(READER.reading("酒店的灯一盏盏亮了。").setting());
        assertNull(READER.reading("她想起了家乡的茶馆。").setting());
    }

    @Test
    void buildingsThatAlsoStandInTheWildDoNotMoveTheStory() {
        // A temple in the mountains or an inn by a forest road is still in the mountains.
        assertNull(READER.reading("我们走进了寺庙。").setting());
        assertNull(READER.reading("他们回到客栈休息。").setting());
    }
}
