package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Places a line only sees (the town below, the village ahead, the lights below the hill) and
 * words a reader must not take for scenery or weather: kicked-up dust, clear water, a question
 * put to a class.
 */
class SeenNotReachedReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void townLookedDownOnIsSeenNotReached() {
        LineReading r = READER.reading("He stops and looks down at the town below.");
        assertEquals(SettingCue.PASSING, r.settingCue());
    }

    @Test
    void aSentenceLookingIntoTheDistanceSeesItsPlaces() {
        for (String line : List.of("Far below, the river winds through the forest.",
                "Beyond the ridge lies the desert.", "In the distance, the snowy mountains.",
                "远处,一片森林。")) {
            assertEquals(SettingCue.PASSING, READER.reading(line).settingCue(), line);
        }
        assertEquals(SettingCue.NAMED, READER.reading("The river winds through the forest.")
                .settingCue());
    }

    @Test
    void aPlaceTalkedOrDreamtOfIsNotWhereTheStoryIs() {
        for (String line : List.of("They talk about the big city.", "He dreams of the ocean.",
                "The old man remembers the war in the jungle.", "奶奶想起了小时候的村子。")) {
            assertTrue(READER.reading(line).settingCue() != SettingCue.NAMED, line);
        }
    }

    @Test
    void villageBelowTheHillIsSeenUnlessTravelledTo() {
        assertEquals(SettingCue.PASSING,
                READER.reading("天黑了,山下村子里的灯一盏一盏亮起来").settingCue());
        assertEquals(SettingCue.NAMED,
                READER.reading("傍晚,它来到山脚下的一个小村子。").settingCue());
    }

    @Test
    void farmStayAheadIsSeenNotReached() {
        assertEquals(SettingCue.PASSING, READER.reading("原来是前面农家乐养的狗").settingCue());
        LineReading there = READER.reading("跟着狗走了五分钟就到了农家乐");
        assertEquals("village", there.setting());
        assertTrue(there.things().stream().anyMatch(t -> t.id().equals("house")));
    }

    @Test
    void dustKickedUpByAHorseIsNoDustStorm() {
        assertNull(READER.reading("Tom rides in slow, dust kicking up behind the horse.")
                .weather());
        assertEquals("dust", READER.reading("A dust storm is rolling in from the west.")
                .weather());
    }

    @Test
    void clearWaterIsNoClearSky() {
        assertNull(READER.reading("The divers swim in clear, warm water.").weather());
        assertEquals("clear", READER.reading("A clear morning over the bay.").weather());
    }

    @Test
    void whyQuestionToTheClassMovesNoScene() {
        LineReading r = READER.reading(
                "Q for the class: why do reefs need clear, warm water? Write it down!");
        assertNull(r.setting());
        assertNull(r.weather());
        assertTrue(r.notShown().stream().anyMatch(n -> n.why().equals("asked, not shown")));
        assertEquals("coast", READER.reading("Reef fish dart along the reef.").setting(),
                "the same words outside a question are the scene");
    }
}
