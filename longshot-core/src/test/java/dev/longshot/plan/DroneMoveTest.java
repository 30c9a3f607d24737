package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A drone that rises or sinks is a crane move on a drone; other aerials stay aerial. */
class DroneMoveTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static CameraSpec camera(String line) {
        return READER.reading(line).camera();
    }

    @Test
    void risingDroneIsACraneUpOnADrone() {
        assertEquals("crane-up", camera("Drone rises over the lake.").move());
        assertEquals("drone", camera("Drone rises over the lake.").support());
        assertEquals("crane-up", camera("Rising drone shot over the village.").move());
        assertEquals("crane-up", camera("Aerial shot, rising over the city.").move());
        assertEquals("crane-up", camera("无人机缓缓升起,俯瞰整个古镇。").move());
    }

    @Test
    void descendingDroneIsACraneDown() {
        assertEquals("crane-down", camera("Descending drone shot into the canyon.").move());
        assertEquals("crane-down", camera("无人机下降,飞向海滩。").move());
    }

    @Test
    void theVerbIsSpentOnTheCamera() {
        LineReading r = READER.reading("Rising drone shot over the village.");
        assertTrue(r.notShown().stream().noneMatch(n -> n.said().equalsIgnoreCase("rising")),
                r.notShown().toString());
    }

    @Test
    void aDroneThatOnlyFliesStaysAerial() {
        assertEquals("aerial", camera("Drone shot over the forest.").move());
        assertEquals("aerial", camera("Drone shot over the lake; the sun rises.").move(),
                "the sun rises in another clause");
    }
}
