package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chinese shot-list terms a previs writer uses read as the camera they name. */
class ChineseShotTermsReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void tiltingUpOrDownIsATilt() {
        assertEquals("tilt", READER.reading("镜头向上摇,看到塔顶。").camera().move());
        assertEquals("pan", READER.reading("镜头向右摇,扫过整条街。").camera().move());
    }

    @Test
    void aMovingCameraIsATrackAndASubjectiveViewAPov() {
        assertEquals("track", READER.reading("移动镜头,沿着河岸。").camera().move());
        assertEquals("pov", READER.reading("主观视角,看向窗外。").camera().move());
    }

    @Test
    void theFrameGoingBlackIsAFadeOut() {
        assertEquals("fade-out", READER.reading("画面渐渐变黑。").transition());
    }

    @Test
    void splashingWaterIsNoFlowers() {
        LineReading r = READER.reading("慢镜头,水花四溅。");
        assertEquals(0.5, r.camera().speed());
        assertTrue(r.things().stream().noneMatch(t -> t.id().equals("flowers")), r.things()
                .toString());
        for (String line : List.of("鱼从熊掌边溜走,溅起水花", "马群越过大河,溅起巨大的水花",
                "船头激起雪白的浪花")) {
            assertTrue(READER.reading(line).things().stream()
                    .noneMatch(t -> t.id().equals("flowers")), line);
        }
    }

    @Test
    void riverWaterAndALochAreWaters() {
        assertEquals("river", READER.reading("固定镜头,河水静静流淌。").water());
        assertEquals("lake", READER.reading("The boat crosses the loch.").water());
    }
}
