package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The creatures the rolls under-showed are framed, as {@code longshot shown} measures them
 * (mean share of the frame over the line's second): a giraffe named with an acacia that
 * stands apart from it, a school of fish in a close-up from the air over the river, fish
 * that jump after a drone shot of the river.
 */
class NamedCreaturesFramedTest {

    @Test
    void aGiraffeNamedWithAFarAcaciaIsNoSpeckBetweenThem() {
        List<LineRun.Second> run = LineRun.of("A herd of elephants crosses the savanna.",
                "A giraffe reaches into an acacia tree on the savanna.");
        double giraffe = run.get(1).share("giraffe");
        assertTrue(giraffe >= 0.005, "giraffe covers " + giraffe);
        assertTrue(run.get(1).share("acacia") > 0.001, "the acacia is shown too");
    }

    @Test
    void aCloseUpOfFishFromOverTheRiverFillsTheFrame() {
        List<LineRun.Second> run = LineRun.of("Close-up: Chickens peck in the village yard.",
                "Close-up: A school of fish swims in the river.");
        double fish = run.get(1).share("fish");
        assertTrue(fish >= 0.10, "fish cover " + fish);
    }

    @Test
    void fishThatJumpAfterADroneShotAreSeen() {
        List<LineRun.Second> run = LineRun.of(
                "A wide river under a clear morning sky, reeds along the bank.",
                "一条木船顺流而下",
                "Drone shot following the river through green hills.",
                "Fish jump in the shallow water.");
        double fish = run.get(3).share("fish");
        assertTrue(fish >= 0.0075, "fish cover " + fish);
    }

    @Test
    void aTrackingShotOfAWalkerPastShopsStaysOnTheWalker() {
        // Before: the shot took turns with the shops, the woman 0.55 % of the frame.
        List<LineRun.Second> run = LineRun.of("A busy street in the city at noon.",
                "A woman in a red coat runs across the road.",
                "Tracking shot: she hurries past the shops.");
        double woman = run.get(2).share("person");
        assertTrue(woman >= 0.01, "the woman covers " + woman);
    }
}
