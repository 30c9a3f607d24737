package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Weather figures read literally when the line looks at the sky, weather 成语 the segmenter
 * would part, and what makes rain or lightning a storm.
 */
class SkyFigureAndStormSignsReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void darkCloudsOverTheTownUnderADarkeningSkyAreCloudy() {
        assertEquals("cloudy", READER.reading("天空越来越暗,黑云压城。").weather());
    }

    @Test
    void darkCloudsOfIntrigueAreAFigure() {
        assertNull(READER.reading("朝堂之上,乌云压城,大臣们各怀心事。").weather());
    }

    @Test
    void weatherIdiomsTheSegmenterWouldPartAreRead() {
        assertEquals("clear", READER.reading("春风拂面,柳枝轻摇。").weather());
        assertEquals("cloudy", READER.reading("远处乌云翻滚。").weather());
        assertEquals("rain", READER.reading("江面上烟雨蒙蒙。").weather());
    }

    @Test
    void galeWithRainIsAStorm() {
        assertEquals("storm", READER.reading("狂风呼啸,大雨倾盆而下。").weather());
    }

    @Test
    void galeCarryingSandIsADustStorm() {
        assertEquals("dust", READER.reading("狂风卷着黄沙扑面而来。").weather());
        assertEquals("storm", READER.reading("狂风大作。").weather());
    }

    @Test
    void thunderAndLightningWithNoWeatherNamedIsAStorm() {
        LineReading r = READER.reading("雷声隆隆,一道闪电照亮了山谷。");
        assertEquals("storm", r.weather());
        assertTrue(r.skyAdded().contains("lightning"));
    }

    @Test
    void aBareClauseThatStopsEndsTheWeatherBefore() {
        assertEquals("clear", READER.reading("雨下了一整夜,天亮时终于停了。").weather());
    }

    @Test
    void skyBodiesSaidGoneAreRemoved() {
        LineReading r = READER.reading("乌云飘过来,星星都不见了。");
        assertTrue(r.skyRemoved().contains("stars"), r.skyRemoved().toString());
    }
}
