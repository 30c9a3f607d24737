package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * How Chinese text says a weather ends or goes on: with an adverb glued to the verb, with 住,
 * in a later clause, waited for, or by the sun coming out of it; and lying snow, thunder going
 * away and a moon hidden by the weather.
 */
class ChineseWeatherChangesReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void fogThatSlowlyLiftsEndsOnItsLine() {
        assertEquals("clear", READER.reading("雾气在晨光中慢慢散开").weather());
        assertEquals("clear", READER.reading("拂晓时分,雾气渐渐散去。").weather());
    }

    @Test
    void anAdverbBeforeADeniedEndingStillDeniesIt() {
        assertEquals("rain", READER.reading("雨也没停").weather());
    }

    @Test
    void rainThatEasesIsStillRain() {
        assertEquals("rain", READER.reading("雨势渐小。").weather());
    }

    @Test
    void snowThatStaysItsHandStops() {
        assertEquals("clear", READER.reading("风停雪住,天地间一片雪白。").weather());
    }

    @Test
    void aStopInALaterClauseEndsTheWeatherAClauseWithoutANounSpokeOf() {
        assertEquals("clear", READER.reading("雨来得快,去得也快,十几分钟就停了。").weather());
    }

    @Test
    void aWeatherWaitedOnHolds() {
        assertEquals("dust", READER.reading("我们只好停下来,等沙尘过去。").weather());
    }

    @Test
    void theSunComingOutOfTheCloudsBreaksThem() {
        assertEquals("clear", READER.reading("太阳从云层后面探出头来,照得雪地闪闪发光。").weather());
    }

    @Test
    void lyingSnowIsNoSnowfall() {
        LineReading r = READER.reading("一阵风吹过,树上的积雪簌簌落下。");
        assertNull(r.weather());
        assertEquals("snow", r.weakWeather());
        assertEquals("clear", READER.reading("春天来了,积雪慢慢融化。").weather());
    }

    @Test
    void thunderGoingAwayLeavesRainWithoutLightning() {
        LineReading r = READER.reading("雷声渐渐远去,雨却还没停。");
        assertEquals("rain", r.weather());
        assertTrue(r.skyRemoved().contains("lightning"), r.skyRemoved().toString());
        assertEquals("storm", READER.reading("雷声隆隆,大雨倾盆。").weather());
    }

    @Test
    void aMoonHiddenByTheFogIsOutOfSight() {
        LineReading r = READER.reading("下半夜起了大雾,月亮也被遮住了。");
        assertEquals("fog", r.weather());
        assertTrue(r.skyRemoved().contains("moon"), r.skyRemoved().toString());
        assertFalse(r.skyAdded().contains("moon"));
    }
}
