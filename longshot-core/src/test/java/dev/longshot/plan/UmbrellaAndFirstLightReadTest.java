package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** An umbrella held up means rain unless it is a sunshade; first light is dawn. */
class UmbrellaAndFirstLightReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void umbrellaHeldUpIsRain() {
        assertEquals("rain", READER.reading("她撑着伞走在街上。").weather());
        assertEquals("rain", READER.reading("路人打着伞匆匆走过。").weather());
        assertEquals("rain", READER.reading("他撑起一把伞,慢慢走远。").weather());
    }

    @Test
    void sunshadeOrNamedWeatherIsNotRain() {
        assertNull(READER.reading("她撑着遮阳伞走在海边。").weather());
        assertEquals("clear", READER.reading("晴天,她撑着伞挡太阳。").weather());
    }

    @Test
    void firstLightIsDawn() {
        assertEquals("dawn", READER.reading("天刚蒙蒙亮,渔民就出海了。").timeOfDay());
        assertEquals("dawn", READER.reading("天蒙蒙亮的时候,公鸡叫了。").timeOfDay());
        assertEquals("dawn", READER.reading("外面已经蒙蒙亮了。").timeOfDay());
    }
}
