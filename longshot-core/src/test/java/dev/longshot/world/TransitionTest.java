package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Transition;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.world.scenery.Landform;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransitionTest {
    private static final int FPS = 24;

    private static ScenePlan plan(int t, Setting s, int scene, Transition how) {
        return new ScenePlan(t, "-", s, Water.NONE, TimeOfDay.NOON, Weather.CLEAR, Set.of(),
                CameraMove.STATIC, List.of(), scene, how);
    }

    @Test
    void aMorphTurnsTheGroundIntoTheNewPlaceGradually() {
        DefaultWorld world = new DefaultWorld(8);
        world.step(plan(0, Setting.FOREST, 0, Transition.CUT), new Timecode(0, FPS));
        Vec3 start = null;
        double top = -1, last = Double.NaN, biggestJump = 0;
        Terrain seen = null;
        int changes = 0;
        // With no camera move of its own the morph is a glide: 8 s, the viewer moving.
        for (int f = FPS; f < FPS * 10; f++) {
            int second = f / FPS;
            ScenePlan p = plan(second, Setting.VOLCANO, 1,
                    second == 1 ? Transition.MORPH : Transition.CUT);
            FrameSpec spec = world.step(p, new Timecode(f, FPS));
            assertFalse(spec.cut(), "a morph is no cut");
            if (start == null) start = spec.camera().position();
            double h = spec.terrain().heightAt(Landform.CONE_X, Landform.CONE_Z + 200);
            if (last == last) biggestJump = StrictMath.max(biggestJump, StrictMath.abs(h - last));
            last = h;
            top = h;
            if (spec.terrain() != seen) changes++;
            seen = spec.terrain();
            boolean during = f < FPS + DefaultWorld.GLIDE_MORPH_SECONDS * FPS - 1;
            if (during) assertTrue(spec.askedChange(), "frame " + f);
        }
        assertEquals(Setting.VOLCANO, seen.setting());
        assertTrue(Double.isNaN(seen.morphProgress()), "the morph ends in the new place");
        assertTrue(top > 150, "the cone stands at the end: " + top);
        assertTrue(biggestJump < top / 10, "no jump: " + biggestJump);
        assertTrue(changes > 10, "steps: " + changes);
    }

    @Test
    void aDissolveCutsToTheNewSceneAndFadesFromTheOld() {
        DefaultWorld world = new DefaultWorld(8);
        world.step(plan(0, Setting.FOREST, 0, Transition.CUT), new Timecode(0, FPS));
        FrameSpec first = world.step(plan(1, Setting.CITY, 1, Transition.DISSOLVE),
                new Timecode(FPS, FPS));
        assertTrue(first.cut());
        assertEquals(Transition.DISSOLVE, first.change().kind());
        assertNotNull(first.change().from());
        assertEquals(Setting.FOREST, first.change().from().terrain().setting());
        double p = 0;
        for (int f = FPS + 1; f < FPS * 3; f++) {
            FrameSpec s = world.step(plan(f / FPS, Setting.CITY, 1, Transition.CUT),
                    new Timecode(f, FPS));
            if (s.change().active()) {
                assertTrue(s.change().progress() > p);
                p = s.change().progress();
            } else {
                assertTrue(f >= FPS + DefaultWorld.DISSOLVE_SECONDS * FPS - 1, "frame " + f);
            }
        }
    }

    @Test
    void theWorldShowsNearbyObstaclesAndSceneryMaterials() {
        DefaultWorld world = new DefaultWorld(8);
        world.step(plan(0, Setting.VILLAGE, 0, Transition.CUT), new Timecode(0, FPS));
        WorldObservation o = world.observe();
        assertTrue(o.obstacles().stream().anyMatch(b -> b.id().startsWith("house#")));
        for (Obstacle b : o.obstacles()) {
            assertTrue(b.radius() > 0 && b.height() > 0, b.id());
        }
        assertTrue(o.materials().stream().anyMatch(m -> m.name().equals("prop-house")));
        assertEquals(o, world.observe(), "observing changes nothing");
    }
}
