package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Terrain;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 江南古镇 storyboard's lines in its water town, measured as {@code longshot shown}
 * measures them: last session the boat was 0.09 % of the frame, the crowd stood in an open
 * field and the river was out of sight at dusk.
 */
class WaterTownOnScreenTest {
    private static final String TOWN = "江南古镇，一条河从镇子中间穿过，房子沿河而建";

    @Test
    void aBoatTheLineNamesCoversHalfAPercentOfTheFrame() {
        double share = ShownFrames.shown(ShownFrames.lastSecond(TOWN, "一座石拱桥横跨小河",
                "一条乌篷船慢慢划过石桥下面"), "boat");
        assertTrue(share >= 0.005, "boat " + share);
    }

    @Test
    void theStoneBridgeIsInViewWhenNamed() {
        double share = ShownFrames.shown(ShownFrames.lastSecond(TOWN, "一座石拱桥横跨小河"),
                "bridge");
        assertTrue(share >= 0.02, "bridge " + share);
    }

    @Test
    void theRiverStaysInViewAtDuskUnderTheLanterns() {
        // As examples/water-town.txt has it: the dusk line comes after the children's, whose
        // shot left the camera on the lane facing the house fronts.
        List<FrameSpec> dusk = ShownFrames.lastSecond(TOWN, "河边有一家茶馆，门口挂着灯笼",
                "一群游客挤满了小巷", "几个孩子在石桥上跑过", "黄昏，灯笼一盏盏亮起来");
        double water = ShownFrames.shown(dusk, "river");
        assertTrue(water >= 0.05, "river " + water);
        assertTrue(ShownFrames.shown(dusk, "lantern") >= 0.002, "lanterns");
    }

    @Test
    void aCrowdPacksTheLaneBesideTheCanal() {
        List<FrameSpec> frames = ShownFrames.lastSecond(TOWN, "一群游客挤满了小巷");
        FrameSpec last = frames.get(frames.size() - 1);
        Terrain t = last.terrain();
        assertTrue(last.subjects().size() >= 5, "people " + last.subjects().size());
        for (SubjectPose p : last.subjects()) {
            double fromBed = StrictMath.abs(p.position().x() - t.channelCentre(p.position().z()))
                    - t.channelHalfWidth();
            // On the lane: past the water's edge, short of the house fronts 6.5 m off the bed.
            assertTrue(fromBed > 1 && fromBed < 7, p.id() + " " + fromBed + " m off the bed");
        }
        assertTrue(ShownFrames.shown(frames, "person") >= 0.005, "people in the frame");
    }
}
