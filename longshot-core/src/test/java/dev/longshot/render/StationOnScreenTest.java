package dev.longshot.render;

import static dev.longshot.render.ShownFrames.lastSecond;
import static dev.longshot.render.ShownFrames.shown;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.FrameSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A railway station and its steam train are on screen, in fog too, measured as {@code
 * longshot shown} measures them: each entry's share of the frame in the entity-id buffer.
 */
class StationOnScreenTest {
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
