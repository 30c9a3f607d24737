package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Set phrases of the light of day that the splitter keeps whole still name their time. */
class ChineseTimeFiguresReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void sunSinkingInTheWestIsDusk() {
        assertEquals("dusk", READER.reading("夕阳西下,余晖洒满湖面。").timeOfDay());
    }

    @Test
    void fishBellyWhiteInTheEastIsDawn() {
        assertEquals("dawn", READER.reading("东方泛起鱼肚白。").timeOfDay());
    }
}
