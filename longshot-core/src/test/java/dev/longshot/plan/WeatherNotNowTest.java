package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Weather said of another day, forecast or rare is not this second's sky. */
class WeatherNotNowTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void rememberedWeatherIsNotNow() {
        assertNull(READER.reading("爷爷说,前天这里还下着大雨。").weather());
        LineReading r = READER.reading("昨晚下了一场雪。");
        assertNull(r.weather());
        assertTrue(r.notShown().stream().anyMatch(n -> n.said().contains("雪")), r.notShown()
                .toString());
    }

    @Test
    void forecastWeatherIsNotNow() {
        assertNull(READER.reading("广播里的天气预报说后天有暴雨。").weather());
    }

    @Test
    void rareWeatherIsNotNowButTheClearOfTodayIs() {
        assertEquals("clear", READER.reading("这里一年到头很少下雪,今天阳光灿烂。").weather());
    }

    @Test
    void weatherOfNowInTheSameClauseIsKept() {
        assertEquals("rain", READER.reading("昨天还好好的,现在却下起了雨。").weather());
        assertEquals("snow", READER.reading("外面正下着雪。").weather());
    }

    @Test
    void aLaterLessonsTopicIsNotTheWeather() {
        assertNull(READER.reading("下节课我们学习暴风雪。").weather());
    }
}
