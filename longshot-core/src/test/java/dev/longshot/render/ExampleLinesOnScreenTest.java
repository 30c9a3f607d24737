package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Lines of the bundled examples that showed nothing of what they asked for
 * ({@code longshot shown examples/…}), with the lines before them, measured as
 * {@code shown} measures them ({@link ShownFrames}).
 */
class ExampleLinesOnScreenTest {
    @Test
    void aLighthouseAtTheEndOfTheBeachIsInView() {
        double share = ShownFrames.shown(ShownFrames.lastSecond(
                "Morning on the coast, waves roll onto the beach",
                "The camera pans across the shore and the cliffs",
                "Seabirds glide over the sea",
                "A lighthouse stands on the rocks at the end of the beach"), "lighthouse");
        assertTrue(share > 0.002, "lighthouse " + share);
    }

    @Test
    void campfiresOfACampShowOverTheSoldiers() {
        // previs-battle line 2: one small fire 30 m ahead was 0.00 % of the frame.
        double share = ShownFrames.shown(ShownFrames.lastSecond(
                "Extreme wide shot at dawn: an army of soldiers waits in the valley before the"
                        + " castle, flags on the city wall.",
                "Crane up over the soldiers and their tents and campfires."), "campfire");
        assertTrue(share > 0.001, "campfires " + share);
    }
}
