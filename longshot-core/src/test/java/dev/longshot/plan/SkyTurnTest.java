package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The sky turning, said as 天 + adverbs + a one-character predicate (天又阴了, 天慢慢黑了). */
class SkyTurnTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void skyThatTurnsGreyWithAdverbsBetweenIsCloudy() {
        assertEquals("cloudy", READER.reading("天阴了。").weather());
        assertEquals("cloudy", READER.reading("气温一下子降了下来,天又阴了。").weather());
        assertEquals("cloudy", READER.reading("天渐渐阴下来了。").weather());
        assertEquals("clear", READER.reading("天终于晴了。").weather());
    }

    @Test
    void skyThatGrowsDarkOrLightSetsTheTime() {
        assertEquals("night", READER.reading("天慢慢黑了,灯笼都亮了起来。").timeOfDay());
        assertEquals("night", READER.reading("天已经黑了。").timeOfDay());
        assertEquals("dawn", READER.reading("天渐渐亮了。").timeOfDay());
    }

    @Test
    void skyNotYetDarkOrStillLightTurnsNothing() {
        assertNull(READER.reading("天还没黑。").timeOfDay());
        assertNull(READER.reading("天还亮着,大家就出发了。").timeOfDay());
        assertNull(READER.reading("三天又过去了。").weather());
    }

    @Test
    void blueSkyAndFineWeatherAreClear() {
        assertEquals("clear", READER.reading("天很蓝,大家出去野餐。").weather());
        assertEquals("clear", READER.reading("今天天气不错。").weather());
        assertEquals("clear", READER.reading("天气很好。").weather());
        assertNull(READER.reading("天真好玩。").weather(), "天真 (naive) is no sky");
    }

    @Test
    void skyAboutToDarkenIsDuskNotNight() {
        assertEquals("dusk", READER.reading("天快黑了,我们赶紧回家。").timeOfDay());
    }

    @Test
    void weatherTurningIntoAnotherIsTheOneItTurnsInto() {
        assertEquals("clear", READER.reading("多云转晴。").weather());
        assertEquals("cloudy", READER.reading("天气转阴。").weather());
    }
}
