package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.PlanKeys;
import org.junit.jupiter.api.Test;

/** The lamp of a lighthouse is its light, not a street lamp. */
class LighthouseLampCarryOverTest {
    @Test
    void lampOfALighthouseIsItsLightNotAStreetLamp() {
        PlanKeys k = PlannedKeys.last("The old keeper climbs the lighthouse stairs to light the LAMP.");
        assertTrue(PlannedKeys.thingIds(k).contains("lighthouse"), k.things().toString());
        assertFalse(PlannedKeys.thingIds(k).contains("street-lamp"), k.things().toString());
        assertTrue(k.notShown().stream().anyMatch(n -> n.said().equals("LAMP")), k.notShown().toString());
        assertTrue(k.approximated().stream().noneMatch(a -> a.said().equals("LAMP")),
                k.approximated().toString());
        PlanKeys later = PlannedKeys.last("A lighthouse stands on the cliff.",
                "Inside, the lamp room glows.");
        assertFalse(PlannedKeys.thingIds(later).contains("street-lamp"), later.things().toString());
    }

    @Test
    void streetLampBesideALighthouseIsAStreetLamp() {
        PlanKeys k = PlannedKeys.last("A street lamp flickers below the lighthouse.");
        assertTrue(PlannedKeys.thingIds(k).contains("street-lamp"), k.things().toString());
    }

    @Test
    void lampWithNoLighthouseIsAStreetLamp() {
        PlanKeys k = PlannedKeys.last("The lamp flickers on the corner of the old town square.");
        assertTrue(PlannedKeys.thingIds(k).contains("street-lamp"), k.things().toString());
    }
}
