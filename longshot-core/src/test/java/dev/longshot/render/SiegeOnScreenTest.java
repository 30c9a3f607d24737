package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.ScenePlan;
import dev.longshot.world.FrameSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a castle-siege storyboard puts on screen, measured as {@code longshot shown} measures
 * it ({@link ShownFrames}) over the last line's second, the lines before it stepped through.
 */
class SiegeOnScreenTest {
    @Test
    void siegeEnginesAreDrawn() {
        String[][] lines = {{"trebuchet", "Medieval: a trebuchet stands in the meadow."},
            {"catapult", "Medieval: two catapults in the meadow."},
            {"battering-ram", "Medieval: a battering ram in the meadow."},
            {"siege-tower", "Medieval: a siege tower in the meadow."}};
        for (String[] l : lines) {
            double share = ShownFrames.shown(ShownFrames.lastSecond(l[1]), l[0]);
            assertTrue(share > 0.002, l[0] + " " + share);
        }
    }

    @Test
    void theArmyOnTheRoadIsFramedNotTheCastleWall() {
        // The army was set down in the castle and pushed round its walls, and its 'red
        // banners' cut to a banner on the wall: the castle filled 57 % of the line's frames.
        String[] lines = {"Wide shot at dusk: a medieval castle on a hill above the meadow.",
            "A road winds across the fields toward the castle gate.",
            "The army marches along the road under red banners."};
        for (FrameSpec f : ShownFrames.lastSecond(lines)) {
            double castle = ShownFrames.shown(List.of(f), "castle");
            double army = ShownFrames.shown(List.of(f), "soldier");
            assertTrue(castle < 0.4, "castle " + castle + " at " + f.time());
            assertTrue(army > 0.01, "army " + army + " at " + f.time());
        }
    }

    @Test
    void batteringRamIsAThingNotASheep() {
        ScenePlan p = ShownFrames.plans("Soldiers push a battering ram toward the gate.").get(0);
        assertTrue(p.keys().things().stream().anyMatch(t -> t.id().equals("battering-ram")),
                p.keys().things().toString());
        assertFalse(p.keys().subjects().stream().anyMatch(s -> s.id().equals("sheep")),
                p.keys().subjects().toString());
    }

    @Test
    void bannersAreDrawn() {
        // Hung down the castle's front towers and gatehouse: under 0.1 % of the frame before.
        double castle = ShownFrames.shown(ShownFrames.lastSecond(
                "Wide shot at dusk: a medieval castle above the meadow, banners on its walls."),
                "flag");
        assertTrue(castle > 0.003, "banners on a castle " + castle);
        // Where nothing stands to hang them on, on poles in the open ground ahead.
        double open = ShownFrames.shown(ShownFrames.lastSecond("Flags flutter over the meadow."), "flag");
        assertTrue(open > 0.002, "flags on poles " + open);
    }

    @Test
    void theGroundTurnedToMudShowsAsMud() {
        List<FrameSpec> f = ShownFrames.lastSecond("A medieval castle above the meadow.",
                "Rain begins and the field turns to mud.", "The soldiers march on.");
        double mud = ShownFrames.shown(f, "mud");
        assertTrue(mud > 0.3, "mud " + mud);
        assertTrue(ShownFrames.shown(f, "grassland") < 0.01, "meadow still green");
    }

    @Test
    void moonRisingIsInFrame() {
        List<FrameSpec> f = ShownFrames.lastSecond("A medieval castle above the meadow at dusk.",
                "Night falls and the moon rises over the castle.");
        double moon = ShownFrames.shown(f, "moon");
        assertTrue(moon > 0.002, "moon " + moon);
        // It rises: lower at the start of the line than at its end, then it stays put.
        assertTrue(f.get(0).lighting().atmosphere().toMoon().y()
                < f.get(2).lighting().atmosphere().toMoon().y(), "rising");
    }
}
