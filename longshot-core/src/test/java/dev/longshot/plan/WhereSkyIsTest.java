package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A place said as where the sky or the weather is, and a place gone to with its weather. */
class WhereSkyIsTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void placeWhereTheSkyOrWeatherIsOnlyLocatesIt() {
        for (String line : List.of("半个小时后雨过天晴,山谷里挂起一道彩虹。",
                "山路越来越陡，云雾在山谷间翻滚。", "远景,阳光照在雪地上,亮得睁不开眼。")) {
            assertEquals(SettingCue.FEATURE, READER.reading(line).settingCue(), line);
        }
    }

    @Test
    void placeGoneToOrWithoutSkyIsStillAMove() {
        assertEquals(SettingCue.NAMED, READER.reading("傍晚,我们来到山谷里,下起了小雨。")
                .settingCue());
        assertNotEquals(SettingCue.FEATURE, READER.reading("几头牦牛在山谷里吃草。")
                .settingCue());
    }

    @Test
    void aLineThatOpensWithThePlaceDescribesWhereTheStoryIs() {
        // The wildlife example's fourth line: the valley the eagle dived into, in mist.
        assertEquals(SettingCue.NAMED, READER.reading("山谷里薄雾缭绕,一条小溪蜿蜒流过")
                .settingCue());
    }
}
