package dev.longshot.world;

import static dev.longshot.world.MedievalPlans.plan;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.ThingRef;
import dev.longshot.plan.Weather;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A line that turns the ground to mud changes the ground under the shot, not the place. */
class GroundStateTest {
    private static final int FPS = 24;


    @Test
    void fieldTurningToMudKeepsTheShot() {
        List<ThingRef> castle = List.of(new ThingRef("castle", "castle"));
        List<ThingRef> muddy = List.of(new ThingRef("castle", "castle"),
                new ThingRef("mud", "mud"));
        // The reader may hear a new place in "the field": the world keeps the one it has.
        ScenePlan before = plan(0, "A castle above the village.", Setting.VILLAGE, 0,
                Weather.CLEAR, castle);
        ScenePlan mud = plan(1, "Rain falls and the field turns to mud.", Setting.GRASSLAND, 1,
                Weather.RAIN, muddy);
        ScenePlan after = plan(2, "The rain goes on.", Setting.GRASSLAND, 1, Weather.RAIN,
                muddy);
        DefaultWorld world = new DefaultWorld(4);
        Terrain first = null;
        double lastMud = 0;
        for (int f = 0; f < 3 * FPS; f++) {
            ScenePlan p = f < FPS ? before : f < 2 * FPS ? mud : after;
            FrameSpec s = world.step(p, new Timecode(f, FPS));
            if (f == 0) first = s.terrain();
            if (f >= FPS) {
                assertFalse(s.cut(), "cut at frame " + f);
                assertSame(first, s.terrain(), "new ground at frame " + f);
            }
            double m = s.lighting().atmosphere().mud();
            if (f < FPS) assertTrue(m == 0, "mud before it was asked " + m);
            else assertTrue(m >= lastMud, "mud recedes at frame " + f);
            lastMud = m;
        }
        assertTrue(lastMud > 0.8, "mud " + lastMud);
    }
}
