package dev.longshot.world;

import static dev.longshot.world.MedievalPlans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.ThingRef;
import dev.longshot.plan.Weather;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Rain comes in sideways over the field" after a castle: the reader may hear a new place
 * (grassland) in "the field", with the castle gone from its things; the world keeps the
 * castle's place and its things, and later lines that go on in that reading stay there.
 */
class WeatherOverTheFieldTest {
    private static final int FPS = 24;


    private static boolean hasCastle(Terrain t) {
        return t.scenery().props().stream().anyMatch(p -> p.thing().equals("castle"));
    }

    @Test
    void rainOverTheFieldKeepsTheCastleAndItsPlace() {
        ScenePlan castle = plan(0, "Torches burn on the castle walls.", Setting.ANCIENT_CITY, 0,
                Weather.CLEAR, List.of(new ThingRef("castle", "castle"),
                        new ThingRef("city-wall", "walls")));
        ScenePlan rain = plan(1, "Rain comes in sideways over the field.", Setting.GRASSLAND, 1,
                Weather.RAIN, List.of());
        ScenePlan gate = plan(2, "The knights ride out through the gate.", Setting.GRASSLAND, 1,
                Weather.RAIN, List.of(new ThingRef("gate", "gate")));
        DefaultWorld world = new DefaultWorld(4);
        Terrain first = null;
        Terrain last = null;
        for (int f = 0; f < 3 * FPS; f++) {
            ScenePlan p = f < FPS ? castle : f < 2 * FPS ? rain : gate;
            FrameSpec s = world.step(p, new Timecode(f, FPS));
            if (f == 0) first = s.terrain();
            if (f >= FPS && f < 2 * FPS) {
                assertFalse(s.cut(), "cut at frame " + f);
                assertSame(first, s.terrain(), "new ground at frame " + f);
            }
            last = s.terrain();
        }
        assertTrue(hasCastle(first));
        // The gate is new to the place: a new shot of it, the castle still there.
        assertTrue(hasCastle(last), "the gate line cut to a place without the castle");
        assertEquals("ancient-city", last.request().setting());
        assertTrue(last.request().things().contains("gate"));
    }

    @Test
    void rainOnAForestItNamesGoesToTheForest() {
        // Only open ground (a field) is heard as the place already there.
        ScenePlan field = plan(0, "A green field.", Setting.GRASSLAND, 0, Weather.CLEAR,
                List.of());
        ScenePlan forest = plan(1, "Rain falls on the forest.", Setting.FOREST, 1, Weather.RAIN,
                List.of());
        DefaultWorld world = new DefaultWorld(4);
        Terrain first = world.step(field, new Timecode(0, FPS)).terrain();
        for (int f = 1; f < 2 * FPS; f++) {
            world.step(f < FPS ? field : forest, new Timecode(f, FPS));
        }
        FrameSpec s = world.step(forest, new Timecode(2 * FPS, FPS));
        assertEquals("forest", s.terrain().request().setting(), "rain on a forest is a forest");
        assertFalse(first == s.terrain());
    }
}
