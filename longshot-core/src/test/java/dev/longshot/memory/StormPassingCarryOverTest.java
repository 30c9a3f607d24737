package dev.longshot.memory;

import static dev.longshot.memory.PlannedKeys.last;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.longshot.plan.PlanKeys;
import org.junit.jupiter.api.Test;

/** A storm whose thunder goes away leaves the rain it brought; lying snow snows on nothing. */
class StormPassingCarryOverTest {
    @Test
    void rainAfterTheThunderHasGoneIsPlainRain() {
        PlanKeys k = last("一道闪电划破长空,雷声滚滚,大雨倾盆而下。", "雷声渐渐远去,雨却还没停。");
        assertEquals("rain", k.weather());
        assertFalse(k.sky().contains("lightning"), k.sky().toString());
    }

    @Test
    void rainInAStormThatStillFlashesIsTheStorm() {
        assertEquals("storm", last("一道闪电划破长空,雷声滚滚。", "大雨倾盆而下。").weather());
    }

    @Test
    void snowFallingFromTheTreesKeepsAClearDay() {
        assertEquals("clear", last("第二天清晨,雪停了,天放晴了。", "一阵风吹过,树上的积雪簌簌落下。")
                .weather());
        assertEquals("snow", last("一阵风吹过,树上的积雪簌簌落下。").weather());
    }
}
