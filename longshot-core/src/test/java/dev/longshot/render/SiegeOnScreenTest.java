package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * What a castle-siege storyboard puts on screen, measured as {@code longshot shown} measures
 * it (each catalog entry's share of the entity-id buffer) over the last line's second, with
 * the lines before it read and stepped through as the video does.
 */
class SiegeOnScreenTest {
    private static final EntityIds IDS = EntityIds.bundled();
    private static final int FPS = 24;

    private static List<ScenePlan> plans(String... lines) {
        List<StoryLine> story = new ArrayList<>();
        for (int k = 0; k < lines.length; k++) story.add(new StoryLine(k + 1, k, 1, lines[k]));
        return new Planner(new Storyboard("t", story, ""), StoryReader.bundled(),
                new CarryOverMemory()).planAll();
    }

    /** Frames 4, 12 and 20 of the last line's second, every line before it stepped through. */
    private static List<FrameSpec> lastSecond(String... lines) {
        List<ScenePlan> plans = plans(lines);
        DefaultWorld w = new DefaultWorld(0);
        List<FrameSpec> out = new ArrayList<>();
        for (int s = 0; s < plans.size(); s++) {
            for (int f = 0; f < FPS; f++) {
                FrameSpec spec = w.step(plans.get(s), new Timecode(s * FPS + f, FPS));
                if (s == plans.size() - 1 && f % 8 == 4) out.add(spec);
            }
        }
        return out;
    }

    /** Mean share of the frame entry {@code id} covers over {@code frames}. */
    private static double shown(List<FrameSpec> frames, String id) {
        double sum = 0;
        try (SoftwareRenderer r = new SoftwareRenderer(320, 180, 2)) {
            for (FrameSpec s : frames) sum += r.render(s).shown().share(IDS.of(id));
        }
        return sum / frames.size();
    }

    @Test
    void siegeEnginesAreDrawn() {
        String[][] lines = {{"trebuchet", "Medieval: a trebuchet stands in the meadow."},
            {"catapult", "Medieval: two catapults in the meadow."},
            {"battering-ram", "Medieval: a battering ram in the meadow."},
            {"siege-tower", "Medieval: a siege tower in the meadow."}};
        for (String[] l : lines) {
            double share = shown(lastSecond(l[1]), l[0]);
            assertTrue(share > 0.002, l[0] + " " + share);
        }
    }

    @Test
    void batteringRamIsAThingNotASheep() {
        ScenePlan p = plans("Soldiers push a battering ram toward the gate.").get(0);
        assertTrue(p.keys().things().stream().anyMatch(t -> t.id().equals("battering-ram")),
                p.keys().things().toString());
        assertFalse(p.keys().subjects().stream().anyMatch(s -> s.id().equals("sheep")),
                p.keys().subjects().toString());
    }

    @Test
    void bannersAreDrawn() {
        // Hung down the castle's front towers and gatehouse: under 0.1 % of the frame before.
        double castle = shown(lastSecond(
                "Wide shot at dusk: a medieval castle above the meadow, banners on its walls."),
                "flag");
        assertTrue(castle > 0.003, "banners on a castle " + castle);
        // Where nothing stands to hang them on, on poles in the open ground ahead.
        double open = shown(lastSecond("Flags flutter over the meadow."), "flag");
        assertTrue(open > 0.002, "flags on poles " + open);
    }

    @Test
    void theGroundTurnedToMudShowsAsMud() {
        List<FrameSpec> f = lastSecond("A medieval castle above the meadow.",
                "Rain begins and the field turns to mud.", "The soldiers march on.");
        double mud = shown(f, "mud");
        assertTrue(mud > 0.3, "mud " + mud);
        assertTrue(shown(f, "grassland") < 0.01, "meadow still green");
    }

    @Test
    void moonRisingIsInFrame() {
        List<FrameSpec> f = lastSecond("A medieval castle above the meadow at dusk.",
                "Night falls and the moon rises over the castle.");
        double moon = shown(f, "moon");
        assertTrue(moon > 0.002, "moon " + moon);
        // It rises: lower at the start of the line than at its end, then it stays put.
        assertTrue(f.get(0).lighting().atmosphere().toMoon().y()
                < f.get(2).lighting().atmosphere().toMoon().y(), "rising");
    }
}
