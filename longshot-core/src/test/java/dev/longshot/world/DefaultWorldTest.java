package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultWorldTest extends WorldSimulatorContract {
    @Override
    protected WorldSimulator create(long seed) {
        return new DefaultWorld(seed);
    }

    private static ScenePlan plan(int t, Setting setting, int scene, CameraMove camera) {
        return new ScenePlan(t, "", setting, Water.NONE, TimeOfDay.MORNING, Weather.CLEAR,
                Set.of(), camera, List.of(), scene);
    }

    private static List<FrameSpec> run(DefaultWorld world, int fromFrame, int frames) {
        List<FrameSpec> specs = new ArrayList<>();
        for (int f = fromFrame; f < fromFrame + frames; f++) {
            Timecode tc = new Timecode(f, 24);
            int t = tc.second();
            Setting setting = t < 3 ? Setting.FOREST : Setting.DESERT;
            specs.add(world.step(plan(t, setting, t < 3 ? 0 : 1, CameraMove.DOLLY), tc));
        }
        return specs;
    }

    @Test
    void aNewSceneIsACutOnNewGround() {
        List<FrameSpec> specs = run(new DefaultWorld(1), 0, 24 * 5);
        assertTrue(specs.get(0).cut());
        assertFalse(specs.get(1).cut());
        assertTrue(specs.get(72).cut());
        assertSame(specs.get(10).terrain(), specs.get(71).terrain());
        assertEquals(Setting.DESERT, specs.get(72).terrain().setting());
    }

    @Test
    void otherSeedOtherPlace() {
        double h5 = run(new DefaultWorld(5), 0, 1).get(0).camera().position().y();
        double h6 = run(new DefaultWorld(6), 0, 1).get(0).camera().position().y();
        assertNotEquals(h5, h6);
    }
}
