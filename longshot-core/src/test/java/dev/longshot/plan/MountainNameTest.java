package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A mountain named by a name no list knows, written before 山. */
class MountainNameTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void climbingAnUnknownNamedMountainGoesToTheMountains() {
        LineReading r = READER.reading("下午一点,我们开始爬佛顶山,石阶又陡又长。");
        assertEquals("mountains", r.setting());
        assertEquals(SettingCue.NAMED, r.settingCue());
    }

    @Test
    void crossingOverANamedMountainIsOnTheMountain() {
        LineReading r = READER.reading("翻过日月山,风越来越大,路边的草被吹得东倒西歪。");
        assertEquals("mountains", r.setting());
        assertEquals(SettingCue.NAMED, r.settingCue());
    }

    @Test
    void aMountainOnlyHeadedForSetsNoSceneOverAPlace() {
        assertEquals(SettingCue.FEATURE, READER.reading("我们坐渡轮去普陀山。").settingCue());
    }

    @Test
    void goingDownTheMountainIsNoMountainName() {
        assertNotEquals("mountains", READER.reading("傍晚,我们坐缆车下山,走回码头。").setting());
    }
}
