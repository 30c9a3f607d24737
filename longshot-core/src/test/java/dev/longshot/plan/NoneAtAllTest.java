package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Chinese "not a single one" with the denial after the noun: 一朵云都没有. */
class NoneAtAllTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void notASingleCloudIsAClearSky() {
        assertEquals("clear", READER.reading("天上一丝云也没有。").weather());
        assertEquals("clear", READER.reading("天很蓝,一朵云都没有。").weather());
    }

    @Test
    void notASingleBirdPutsNoBirdOnScreen() {
        assertTrue(READER.reading("林子里连一只鸟都看不见。").subjects().isEmpty());
        assertTrue(READER.reading("街上一个人也没有。").subjects().isEmpty());
    }
}
