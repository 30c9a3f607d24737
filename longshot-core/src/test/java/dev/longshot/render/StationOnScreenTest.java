package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.memory.CarryOverMemory;
import dev.longshot.memory.Planner;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.StoryReader;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Timecode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A railway station and its steam train are on screen, in fog too, measured as {@code
 * longshot shown} measures them: each entry's share of the frame in the entity-id buffer.
 */
class StationOnScreenTest {
    private static final EntityIds IDS = EntityIds.bundled();
    private static final int FPS = 24;

    /** Frames 0, 8 and 16 of the story's last line. */
    private static List<FrameSpec> lastSecond(String... lines) {
        List<StoryLine> story = new ArrayList<>();
        for (int k = 0; k < lines.length; k++) story.add(new StoryLine(k + 1, k, 1, lines[k]));
        List<ScenePlan> plans = new Planner(new Storyboard("t", story, ""), StoryReader.bundled(),
                new CarryOverMemory()).planAll();
        DefaultWorld w = new DefaultWorld(0);
        List<FrameSpec> out = new ArrayList<>();
        for (int s = 0; s < plans.size(); s++) {
            for (int f = 0; f < FPS; f++) {
                FrameSpec spec = w.step(plans.get(s), new Timecode(s * FPS + f, FPS));
                if (s == plans.size() - 1 && f % 8 == 0) out.add(spec);
            }
        }
        return out;
    }

    private static double shown(List<FrameSpec> frames, String id) {
        double sum = 0;
        try (SoftwareRenderer r = new SoftwareRenderer(320, 180, 2)) {
            for (FrameSpec s : frames) sum += r.render(s).shown().share(IDS.of(id));
        }
        return sum / frames.size();
    }

    @Test
    void anOldStationInFogIsInView() {
        double station = shown(lastSecond(
                "Early morning at the old railway station, fog hanging over the tracks."),
                "station");
        assertTrue(station > 0.05, "station " + station);
    }

    @Test
    void aSteamTrainPullingInThroughFogIsInView() {
        List<FrameSpec> f = lastSecond(
                "Early morning at the old railway station, fog hanging over the tracks.",
                "A steam train pulls in slowly, hissing.");
        double train = shown(f, "steam-train");
        assertTrue(train > 0.02, "steam train " + train);
        assertTrue(shown(f, "station") > 0.02, "at its station");
    }
}
