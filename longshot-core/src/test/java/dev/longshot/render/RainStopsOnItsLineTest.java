package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.ScenePlan;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Timecode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line that stops the rain shows it stopped within its own second: the falling drops
 * are (all but) gone by its last frame, while the clouds may still be clearing.
 */
class RainStopsOnItsLineTest {
    private static final int FPS = 24, W = 320, H = 180;

    /** The last frame of each line's second, the lines stepped through one after another. */
    private static List<FrameSpec> lastFrames(String... lines) {
        List<ScenePlan> plans = ShownFrames.plans(lines);
        DefaultWorld world = new DefaultWorld(0);
        List<FrameSpec> out = new ArrayList<>();
        for (int s = 0; s < plans.size(); s++) {
            FrameSpec spec = null;
            for (int f = 0; f < FPS; f++) {
                spec = world.step(plans.get(s), new Timecode((long) s * FPS + f, FPS));
            }
            out.add(spec);
        }
        return out;
    }

    /** Particles {rain, snow, dust} around the eye in {@code spec}'s frame. */
    private static int[] particles(FrameSpec spec) {
        return Precipitation.draw(new int[W * H], new Projection(spec.camera(), W, H), spec);
    }

    @Test
    void rainThatStopsIsGoneByTheEndOfItsLine() {
        List<FrameSpec> last = lastFrames("Rain falls on the lake in the forest.",
                "The rain stops and a rainbow comes out.");
        int raining = particles(last.get(0))[0];
        assertTrue(raining > 200, "drops in the rain: " + raining);
        assertEquals(0, particles(last.get(1))[0], "drops left after 'the rain stops'");
        // The sky keeps its gentler ease: the clouds are still thinning as the drops stop.
        double clouds = last.get(1).lighting().atmosphere().clouds();
        assertTrue(clouds > 0.2, "clouds still clearing: " + clouds);
    }

    @Test
    void chineseRainThatStopsIsGoneByTheEndOfItsLine() {
        List<FrameSpec> last = lastFrames("雨落在森林的湖上。", "雨停了，彩虹出来了。");
        assertTrue(particles(last.get(0))[0] > 200, "drops in the rain");
        assertEquals(0, particles(last.get(1))[0], "drops left after 雨停了");
    }

    @Test
    void snowThatStartsIsFallingByTheEndOfItsLine() {
        List<FrameSpec> last = lastFrames("A quiet forest by a lake.",
                "It begins to snow over the lake.");
        assertEquals(0, particles(last.get(0))[1], "flakes before the snow");
        double snow = last.get(1).lighting().atmosphere().snow();
        assertTrue(snow > 0.69, "snowfall at the end of its line: " + snow);
    }
}
