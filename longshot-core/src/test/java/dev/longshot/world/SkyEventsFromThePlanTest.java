package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The world shows the sky events the plan's {@code sky} ids ask for, fading them in and out. */
class SkyEventsFromThePlanTest {
    private static ScenePlan plan(int t, TimeOfDay time, List<String> sky) {
        ScenePlan base = new ScenePlan(t, "", Setting.GRASSLAND, Water.NONE, time, Weather.CLEAR,
                Set.of(), CameraMove.STATIC, List.of(), 0);
        PlanKeys k = base.keys();
        PlanKeys keys = new PlanKeys(k.setting(), k.style(), k.water(), k.timeOfDay(),
                k.weather(), sky, k.subjects(), k.things(), k.camera(), k.transition(),
                k.approximated(), k.notShown());
        return new ScenePlan(t, "", base.setting(), base.water(), time, base.weather(),
                base.subjects(), base.camera(), base.unrecognized(), base.scene(),
                base.transition(), base.named(), keys);
    }

    @Test
    void anAuroraAskedForAtNightFadesInAndOutWithThePlan() {
        DefaultWorld world = new DefaultWorld(3);
        List<Double> levels = new java.util.ArrayList<>();
        for (int f = 0; f < 24 * 12; f++) {
            int second = f / 24;
            List<String> sky = second >= 2 && second < 7 ? List.of("stars", "aurora")
                    : List.of("stars");
            FrameSpec s = world.step(plan(second, TimeOfDay.NIGHT, sky), new Timecode(f, 24));
            levels.add(s.lighting().atmosphere().events().aurora());
        }
        assertEquals(0, levels.get(24), "not asked yet");
        assertTrue(levels.get(24 * 7 - 1) > 0.9, "asked for 5 s: " + levels.get(24 * 7 - 1));
        assertTrue(levels.get(24 * 12 - 1) < 0.1, "gone again: " + levels.get(24 * 12 - 1));
        for (int f = 1; f < levels.size(); f++) {
            assertTrue(StrictMath.abs(levels.get(f) - levels.get(f - 1)) < 0.05,
                    "eases, frame " + f);
        }
    }

    @Test
    void aRainbowIsNotShownAtNightNorFireworksByDay() {
        DefaultWorld night = new DefaultWorld(3);
        DefaultWorld noon = new DefaultWorld(3);
        List<String> both = List.of("rainbow", "fireworks");
        FrameSpec n = night.step(plan(0, TimeOfDay.NIGHT, both), new Timecode(0, 24));
        FrameSpec d = noon.step(plan(0, TimeOfDay.NOON, both), new Timecode(0, 24));
        assertEquals(0, n.lighting().atmosphere().events().rainbow());
        assertEquals(1, n.lighting().atmosphere().events().fireworks(), 1e-9);
        assertTrue(d.lighting().atmosphere().events().rainbow() > 0.9);
        assertEquals(0, d.lighting().atmosphere().events().fireworks());
    }
}
